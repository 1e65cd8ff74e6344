"""Write lexicons/census_names.txt: the given names of the 1990 US Census (public domain, as the
`names` package ships them), each with the gender that bears it four times over, f or m, else "-".

    pip install -e '.[train]' && .venv/bin/python training/given_names.py

Left out: names of one or two letters ("Ok", "Le") and name particles ("Del", "Von"). Marked: the rare
names (borne by under COMMON percent of women or men) that are also words of the language ("Lily",
"May"), which would make a capitalized word opening a sentence pass for a name; their gender still
counts. Kept in the repository as a
list, so that the annotator reads a list and never loads the dictionary or the Census tables to know
a name (they cost a third of a second in each fresh process).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from newsdigest.annotate.tokens import is_dictionary_word
from newsdigest.lexicon import words

COMMON = 0.05  # percent of people bearing it, from which a name that is also a word is kept
SKEW = 4  # times as many of one gender, for the name to tell it
OUT = Path(__file__).resolve().parent.parent / "server" / "newsdigest" / "lexicons" / "census_names.txt"


def census_shares() -> dict[str, list[float]]:
    """Each name's share of women and of men, in percent."""
    shares: dict[str, list[float]] = {}
    for column, table in enumerate(("dist.female.first", "dist.male.first")):
        for line in resources.files("names").joinpath(table).read_text().splitlines():
            name, share = line.split()[:2]
            shares.setdefault(name.lower(), [0.0, 0.0])[column] = float(share)
    return shares


def main() -> None:
    particles = words("name_particles")
    rows = []
    for name, (women, men) in sorted(census_shares().items()):
        if len(name) < 3 or name in particles:
            continue
        gender = "f" if women > SKEW * men else "m" if men > SKEW * women else "-"
        word = max(women, men) < COMMON and is_dictionary_word(name)
        rows.append(f"{name} {gender}{'?' if word else ''}")
    header = ("# Given names of the 1990 US Census (public domain), with the gender that bears each four times\n"
              "# over (f, m; '-': either); '?' after it: a rare name that is also a word, which tells a gender\n"
              "# but alone is taken for no name. Written by training/given_names.py: edit that, not this.\n")
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()

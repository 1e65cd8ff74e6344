"""Attack pages written for the tests: each tries to run script or load something from outside
once its content reaches the preview or the digest."""

ATTACKS = {
    "script tags": "<script>alert('s')</script><p>“<script>alert(1)</script>,” said Eve Mallory.</p>",
    "event handlers": "<p onmouseover=alert(2)><img src=x onerror=alert(3)>Body text, officials said.</p>"
                      "<body onload=alert(4)>",
    "javascript and data urls": "<p><a href='javascript:alert(5)'>click</a> <a href='data:text/html,<script>alert(6)"
                                "</script>'>data</a> <a href=' JaVaScRiPt:alert(7)'>spaced</a> the official said.</p>",
    "svg and mathml": "<svg><script>alert(8)</script><animate onbegin=alert(9) attributeName=x /></svg>"
                      "<math><mtext><table><mglyph><style><img src=x onerror=alert(10)></style></mglyph></table>"
                      "</mtext></math><p>Maths, he said.</p>",
    "iframe srcdoc": "<iframe srcdoc=\"<script>parent.alert(11)</script>\"></iframe><iframe src='https://evil.test/'>"
                     "</iframe><p>Framed, she said.</p>",
    "css tricks": "<div style=\"background:url('https://evil.test/bg.png');width:expression(alert(12))\">"
                  "Styled text, critics said.</div><style>@import 'https://evil.test/x.css';</style>"
                  "<link rel=stylesheet href='https://evil.test/y.css'>",
    "mis-nesting": "<p><b><i>Broken</b> markup</i> <noscript><p title=\"</noscript><img src=x onerror=alert(13)>\">"
                   "</noscript> <form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(14)>"
                   " text, he said.</p>",
    "quotes that are markup": "<p>“&lt;img src=x onerror=alert(15)&gt;,” said &lt;b&gt;Bob&lt;/b&gt; Smith. "
                              "“&lt;/mark&gt;&lt;script&gt;alert(16)&lt;/script&gt;,” he added.</p>",
    "remote resources": "<img src='https://evil.test/pixel.gif'><video src='https://evil.test/v.mp4'></video>"
                        "<object data='https://evil.test/o.swf'></object><p>Tracked, they said.</p>",
    "base and meta": "<base href='https://evil.test/'><meta http-equiv='refresh' content='0;url=https://evil.test/'>"
                     "<p><a href='relative'>relative link</a>, the aide said.</p>",
}


def page(name: str) -> str:
    body = ATTACKS[name]
    return (f"<!doctype html><html><head><title>{name} <script>alert('t')</script></title>"
            f"<meta property='og:site_name' content=\"Evil <b>News</b>\"></head><body><article><h1>{name}</h1>"
            f"{body}<p>The city will spend $4 million on the bridge next year, according to a city official.</p>"
            f"</article></body></html>")

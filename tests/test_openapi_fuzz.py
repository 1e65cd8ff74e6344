"""The API against its own OpenAPI document: Schemathesis generates requests (valid and not) for
every operation; none may end in a server error."""

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from newsdigest.web import create_app

from .conftest import TOKEN


def test_no_operation_ends_in_a_server_error(home):
    app = create_app({"DATA_DIR": str(home), "API_TOKEN": TOKEN, "TESTING": True, "MAX_CLIP_BYTES": 200_000,
                      "BUILD_DIR": str(home / "build")})
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    headers = {"Authorization": f"Bearer {TOKEN}", "Host": "127.0.0.1"}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8

    for operation in operations:
        @given(operation.as_strategy())
        @settings(max_examples=20, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        check()

"""schemathesis hooks for .ci/schemathesis."""
import schemathesis


@schemathesis.hook
def map_query(context, query):
    """Leave `cursor` out of generated queries.

    A cursor is an opaque token the API hands out in a list's `next` and `previous` links; any other
    string is rightly refused with a 400 naming `cursor` (tests/test_api_contract.py), which schemathesis
    would report as a valid value refused, since a string is all the schema can say of it.
    """
    if query:
        query.pop("cursor", None)
    return query


WRITES = {"POST", "PUT", "PATCH"}


@schemathesis.hook
def filter_failure(context, failure, case, response):
    """Keep every failure but "schema-valid request rejected" (ST202) on writes, and "schema-violating
    request accepted" (ST201) answered 414.

    A body of the schema's shape may name records that do not exist (`"page": 0`) or take a name or a
    place already taken (a paper's name, an issue's paper and date, a page's number, an article's order
    on its page); the API refuses it with a 400 naming the field, which no schema can foresee. Reads
    keep the check, and writes keep every other check (server errors, undocumented statuses, response
    schemas, invalid data accepted, authentication ignored …).

    A fuzzed query long enough to pass gunicorn's 4,094-byte request line is refused by the server with
    414 (documented on every operation) before Django sees it: a rejection, which ST201's list of
    rejecting statuses (400, 401, 403, 404, 405, 406, 409, 415, 422, 428, 429, 5xx) does not name.
    """
    refused_write = failure.code == "ST202" and case.method.upper() in WRITES
    refused_by_server = failure.code == "ST201" and getattr(response, "status_code", None) == 414
    return not (refused_write or refused_by_server)

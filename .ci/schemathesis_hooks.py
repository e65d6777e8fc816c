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

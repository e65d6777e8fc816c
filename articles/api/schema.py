"""The OpenAPI schema tells the truth about errors, ETags and who may call what (drf-spectacular)."""
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.permissions import SAFE_METHODS

from .concurrency import SHOWS_ONE, VersionedMixin
from .permissions import ModelPermissionsOrReadOnly
from .limits import MAX_PARAMETER_CHARS

DETAIL = {"type": "object", "required": ["detail"], "properties": {"detail": {"type": "string"}}}
FIELD_ERRORS = {"type": "object", "description": "出错的参数或字段名 → 说明（列表）；整体错误在 detail 下",
                "additionalProperties": True}
ERRORS = {
    "400": ("请求有误：查询参数（过滤、排序、页码、cursor、检索词）或请求体的字段不合法，按参数名或字段名说明",
            FIELD_ERRORS),
    "401": ("未登录或令牌无效（响应带 WWW-Authenticate: Token）", DETAIL),
    "403": ("已登录但无此操作的权限（写入需要职员账号和该模型的增、改或删权限），或缺少 CSRF 令牌", DETAIL),
    "404": ("未找到该记录", DETAIL),
    "409": ("该记录仍有所属内容（报纸的期次、期次的版面、版面的文章），不能删除", DETAIL),
    "412": ("If-Match 与当前 ETag 不符：该记录已被他人修改，请重新读取", DETAIL),
    "414": ("请求行过长（URL 超过服务器的上限：gunicorn 为 4094 字节），由服务器直接拒绝", {"type": "string"}),
    "429": ("请求过于频繁（写入次数或令牌验证失败次数超出限额）；Retry-After 给出等待秒数", DETAIL),
}
IF_MATCH = OpenApiParameter(
    "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False,
    description='读取时得到的 ETag（如 "3"）：记录此后被他人修改则拒绝（412）；不带此头则直接执行')
ETAG = OpenApiParameter(
    "ETag", OpenApiTypes.STR, OpenApiParameter.HEADER, response=[200, 201],
    description='记录的当前版本（如 "3"），修改或删除时放在 If-Match 中')


def empty_query_values_allowed(result, generator, request, public):
    """An optional query parameter sent empty (`?date_after=`, as a browser's filter form sends it) is
    read as not given: the schema says so (allowEmptyValue); a text parameter's length limit is stated."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                if parameter.get("in") == "query" and not parameter.get("required"):
                    parameter["allowEmptyValue"] = True
                schema = parameter.get("schema", {})
                if parameter.get("in") == "query" and schema.get("type") == "string" and parameter["name"] != "cursor":
                    schema.setdefault("maxLength", MAX_PARAMETER_CHARS)  # longer values are refused (400)
    return result


class NewsroomSchema(AutoSchema):
    def versioned(self) -> bool:
        return isinstance(self.view, VersionedMixin) and getattr(self.view, "action", None) in (
            SHOWS_ONE | {"destroy"})

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if self.versioned():
            if self.method in ("PUT", "PATCH", "DELETE"):
                parameters.append(IF_MATCH)
            if self.method != "DELETE":
                parameters.append(ETAG)
        return parameters

    def get_auth(self):
        """Reads are open to anyone: no credentials is one of the ways to call them."""
        auths = super().get_auth()
        anonymous_reads = any(isinstance(p, ModelPermissionsOrReadOnly) for p in self.view.get_permissions())
        if anonymous_reads and self.method in SAFE_METHODS and {} not in auths:
            auths.append({})
        return auths

    def error_codes(self) -> list[str]:
        codes = ["400", "401", "414", "429"]  # a bad parameter, a wrong token, a URL too long, too many wrong tokens
        if "{" in self.path:
            codes.append("404")
        if self.method not in SAFE_METHODS or {} not in self.get_auth():
            codes.append("403")
        if self.versioned() and self.method in ("PUT", "PATCH", "DELETE"):
            codes.append("412")
        if self.method == "DELETE" and getattr(self.view, "protects_contents", False):
            codes.append("409")
        return sorted(codes)

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code in self.error_codes():
            description, schema = ERRORS[code]
            content = {"text/html" if code == "414" else "application/json": {"schema": schema}}
            responses.setdefault(code, {"description": description, "content": content})
        return responses

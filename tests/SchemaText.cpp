#include "SchemaText.h"

namespace testdata::schema {

QByteArray q(const QByteArray &text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray json(const QByteArray &content, int id)
{
    QByteArray text = "{'__class__': 'str', '__module__': 'builtins', '__loader__': 'JsonNode', 'content': '"
                      + content + "'";
    if (id)
        text += ", '__id__': " + QByteArray::number(id);
    return q(text + "}");
}

QByteArray list(const QList<QByteArray> &items, int id)
{
    QByteArray text = q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', 'content': [")
                      + items.join(", ") + "]";
    if (id)
        text += ", \"__id__\": " + QByteArray::number(id);
    return text + "}";
}

QByteArray dict(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    QByteArray text = q("{'__class__': 'dict', '__module__': 'builtins', '__loader__': 'DictNode', 'content': {");
    QList<QByteArray> parts;
    for (const auto &[key, value] : entries)
        parts << "\"" + key + "\": " + value;
    return text + parts.join(", ") + "}, \"key_types\": " + list({}) + "}";
}

QByteArray array(const QByteArray &file, int id)
{
    QByteArray text = "{'__class__': 'ndarray', '__module__': 'numpy', '__loader__': 'NdArrayNode', 'type': 'numpy', "
                      "'file': '" + file + "'";
    if (id)
        text += ", '__id__': " + QByteArray::number(id);
    return q(text + "}");
}

QByteArray object(const QByteArray &module, const QByteArray &cls, const QByteArray &content)
{
    return q("{'__class__': '" + cls + "', '__module__': '" + module + "', '__loader__': 'ObjectNode', 'content': ")
           + content + "}";
}

QByteArray root(QByteArray node)
{
    node.chop(1);
    return node + ", \"protocol\": 2}";
}

} // namespace testdata::schema

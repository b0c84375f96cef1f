#pragma once

#include <QString>

namespace skops {

// One change to make before a model is written: a plain value, so that a
// list of them can be kept, compared, undone and redone.
//
// `path` is the RFC 6901 pointer of a node's state in schema.json, as
// `skops-inspect audit --json` prints locations and the tree model's
// PathRole gives them. Edits apply in order; each path refers to the schema
// as the edits before it left it.
struct ExportEdit {
    enum class Kind {
        SetValue,         // a JSON primitive (JsonNode) gets the value `json`
        Remove,           // a dict entry, or a list/tuple/set element, with all below it
        ReplaceWithNull,  // any node (and all below it) becomes None
    };

    Kind kind = Kind::SetValue;
    QString path;
    QString json;  // SetValue: the new value as JSON text (number, string, true/false, null)

    static ExportEdit setValue(const QString &path, const QString &json)
    {
        return ExportEdit{Kind::SetValue, path, json};
    }
    static ExportEdit remove(const QString &path) { return ExportEdit{Kind::Remove, path, QString()}; }
    static ExportEdit replaceWithNull(const QString &path)
    {
        return ExportEdit{Kind::ReplaceWithNull, path, QString()};
    }

    bool operator==(const ExportEdit &other) const = default;
};

} // namespace skops

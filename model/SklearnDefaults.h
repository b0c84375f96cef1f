#pragma once

#include "JsonDocument.h"
#include "NodeTree.h"
#include "Result.h"

#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace skops {

// scikit-learn's constructor defaults for one scikit-learn version, from a
// table read off the estimators' signatures (the resources :/defaults/*.json):
// {"sklearn_version", "numpy_version", "estimators": {"module.Class": {param: default}}}.
// A default is a JSON value, {"repr": "..."} for one JSON cannot hold (nan,
// a tuple, a function, a class), or {"required": true} when there is none.
// Also reads what scikit-learn keeps in an estimator's stored state, which
// the comparison needs: the state dict and `_sklearn_version`.
class SklearnDefaults
{
public:
    enum class Comparison {
        Equal, // the stored value equals the default
        Different, // it does not
        NotComparable, // a value JSON cannot express (estimator, array...) against a default other
                       // than None
        NoDefault, // unknown class or parameter, or a required parameter
    };

    // One default, as the table holds it.
    class Default
    {
    public:
        Default(std::shared_ptr<const JsonDocument> document, JsonDocument::Index value);
        const JsonDocument &document() const { return *m_document; }
        JsonDocument::Index value() const { return m_value; }
        bool isRequired() const;
        // The Python repr the table gives for a non-JSON default, if it is one.
        std::optional<QString> repr() const;
        // The default as Python would print it ("None", "1.0", "'auto'", "(1, 1)").
        QString displayText() const;

    private:
        std::shared_ptr<const JsonDocument> m_document;
        JsonDocument::Index m_value;
    };

    static Result<SklearnDefaults> fromJson(QByteArrayView utf8);
    static Result<SklearnDefaults> load(const QString &path);
    // The tables shipped as resources, oldest scikit-learn first; read once.
    static const std::vector<SklearnDefaults> &shipped();
    // The table for a model written with scikit-learn `modelVersion`: the one
    // with the same major.minor version, else the newest; nullptr if none.
    static const SklearnDefaults *closest(
        const std::vector<SklearnDefaults> &tables, const QString &modelVersion);

    QString sklearnVersion() const { return m_sklearnVersion; }
    QString numpyVersion() const { return m_numpyVersion; }
    bool knowsClass(std::string_view fullClassName) const;
    std::optional<Default> defaultFor(std::string_view fullClassName, std::string_view param) const;

    // How the value node stored for `param` compares with the default of
    // `fullClassName`. JsonNode values are compared as parsed JSON (1 equals
    // 1.0, strings literally); tuples and lists of JSON values, classes and
    // functions through their Python repr; any other object only against a
    // None default, which it differs from.
    Comparison compare(std::string_view fullClassName, std::string_view param, const NodeTree &tree,
        NodeId value) const;

    // JSON equality where numbers compare by value (1 == 1.0) and NaN equals NaN.
    static bool jsonEqual(const JsonDocument &a, JsonDocument::Index va, const JsonDocument &b,
        JsonDocument::Index vb);

    // The entries of an object's state dict (an ObjectNode whose `attrs` is
    // a DictNode), labelled by key, in file order; empty for anything else.
    static std::span<const NodeRef> stateEntries(const NodeTree &tree, NodeId object);
    // The object's `_sklearn_version`, or "" when it stores none.
    static QString storedVersion(const NodeTree &tree, NodeId object);
    // The value a JsonNode constructs (its `content` parsed), or nullopt.
    static std::optional<JsonDocument> jsonNodeValue(const NodeTree &tree, NodeId node);
    // Python's type name for a JSON value: "int", "float", "str", "bool", "NoneType", "list",
    // "dict".
    static QString pythonTypeName(const JsonDocument &document, JsonDocument::Index value);
    // The type of a stored value as Python names it: a JsonNode's by its
    // value, builtins without module ("tuple"), others as "module.Class".
    static QString pythonTypeName(const NodeTree &tree, NodeId node);

private:
    SklearnDefaults() = default;

    std::shared_ptr<const JsonDocument> m_document;
    JsonDocument::Index m_estimators = JsonDocument::npos;
    QString m_sklearnVersion;
    QString m_numpyVersion;
};

} // namespace skops

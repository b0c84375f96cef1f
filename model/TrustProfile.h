#pragma once

#include "Loader.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>

namespace skops {

// skops' default allow-list as one environment computes it: per loader the
// names its own check accepts, and the names TreeNode and LossNode pass down
// to their descendants (format doc §8.3–8.5). Built in from the lists the
// real skops produced for each environment; "union" merges them.
class TrustProfile
{
public:
    static QStringList builtinNames();
    static QString defaultName();
    static Result<std::shared_ptr<const TrustProfile>> builtin(const QString &name);
    // Whether `name` is a built-in profile, without loading it.
    static Status checkName(const QString &name);

    QString name() const { return m_name; }
    // "scikit-learn 1.2.1, numpy 1.24.2, scipy 1.10.1" (or both, for union).
    QString versions() const { return m_versions; }

    // Whether `name` is on the default list of this loader key ("TypeNode",
    // "FunctionNode@0", "RandomGeneratorNode@1", …).
    bool trusts(std::string_view loaderKey, const std::string &name) const;
    bool inheritedTreeTrust(const std::string &name) const { return m_treeTrust.count(name) > 0; }
    bool inheritedLossTrust(const std::string &name) const { return m_lossTrust.count(name) > 0; }
    // Every name trusted by any loader (for "is this only a version difference?").
    bool trustsAnywhere(const std::string &name) const;

private:
    Status loadFrom(const QString &resource);
    void mergeFrom(const TrustProfile &other);

    QString m_name;
    QString m_versions;
    std::map<std::string, std::set<std::string>, std::less<>> m_byLoader;
    std::set<std::string> m_treeTrust;
    std::set<std::string> m_lossTrust;
};

} // namespace skops

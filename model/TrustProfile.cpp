#include "TrustProfile.h"
#include "JsonDocument.h"
#include "ModelText.h"

#include <QFile>

namespace skops {

namespace {

const QString kNumpy1 = QStringLiteral("numpy1-sklearn1.2");
const QString kNumpy2 = QStringLiteral("numpy2-sklearn1.4");
const QString kUnion = QStringLiteral("union");

} // namespace

QStringList TrustProfile::builtinNames()
{
    return {kNumpy1, kNumpy2, kUnion};
}

QString TrustProfile::defaultName()
{
    return kNumpy2;
}

Result<std::shared_ptr<const TrustProfile>> TrustProfile::builtin(const QString &name)
{
    auto profile = std::make_shared<TrustProfile>();
    profile->m_name = name;
    if (name == kUnion) {
        for (const QString &part : {kNumpy1, kNumpy2}) {
            TrustProfile single;
            const Status status = single.loadFrom(QStringLiteral(":/profiles/%1.json").arg(part));
            if (!status.ok())
                return status.error();
            profile->mergeFrom(single);
            profile->m_versions += (profile->m_versions.isEmpty() ? QString() : QStringLiteral("; "))
                                   + single.m_versions;
        }
        return std::shared_ptr<const TrustProfile>(profile);
    }
    if (const Status known = checkName(name); !known.ok())
        return known.error();
    const Status status = profile->loadFrom(QStringLiteral(":/profiles/%1.json").arg(name));
    if (!status.ok())
        return status.error();
    return std::shared_ptr<const TrustProfile>(profile);
}

Status TrustProfile::checkName(const QString &name)
{
    if (!builtinNames().contains(name))
        return makeError(ErrorCode::InvalidArgument,
            ModelText::tr("unknown allow-list profile \"%1\" (known: %2)")
                .arg(name, builtinNames().join(QStringLiteral(", "))));
    return Status();
}

Status TrustProfile::loadFrom(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable,
            ModelText::tr("built-in profile %1 is missing").arg(resource));
    const QByteArray bytes = file.readAll();
    const auto damaged = [&resource](const QString &why) {
        return makeError(ErrorCode::InvalidJson,
            ModelText::tr("built-in profile %1 is damaged: %2").arg(resource, why));
    };
    // Our own parser: nlohmann's DOM took a tenth of opening a file.
    const auto parsed = JsonDocument::parse(bytes);
    if (!parsed.ok())
        return damaged(parsed.error().message);
    const JsonDocument &json = parsed.value();
    using Index = JsonDocument::Index;
    const auto field = [&json](Index object, std::string_view key) { return json.member(object, key); };
    // The names of a JSON array of strings; false if it is something else.
    const auto addNames = [&json](Index array, std::set<std::string> &names) {
        if (!json.isArray(array))
            return false;
        for (std::uint32_t i = 0; i < json.size(array); ++i) {
            if (!json.isString(json.child(array, i)))
                return false;
            names.emplace(json.text(json.child(array, i)));
        }
        return true;
    };
    const Index byLoader = field(json.root(), "by_loader");
    const Index inherited = field(json.root(), "inherited_trust");
    const Index meta = field(json.root(), "metadata");
    if (!json.isObject(byLoader) || !json.isObject(inherited) || !json.isObject(meta))
        return damaged(ModelText::tr("by_loader, inherited_trust or metadata is missing"));
    for (std::uint32_t i = 0; i < json.size(byLoader); ++i) {
        auto &names = m_byLoader[std::string(json.key(byLoader, i))];
        const Index trusted = field(json.child(byLoader, i), "trusted");
        if (json.isArray(trusted) && !addNames(trusted, names))
            return damaged(ModelText::tr("a trusted list holds something other than names"));
    }
    if (!addNames(field(inherited, "TreeNode"), m_treeTrust) || !addNames(field(inherited, "LossNode"), m_lossTrust))
        return damaged(ModelText::tr("inherited_trust lacks its TreeNode or LossNode names"));
    const Index sklearn = field(meta, "sklearn");
    const Index numpy = field(meta, "numpy");
    const Index scipy = field(meta, "scipy");
    if (!json.isString(sklearn) || !json.isString(numpy) || !json.isString(scipy))
        return damaged(ModelText::tr("metadata lacks a library version"));
    m_versions = ModelText::tr("scikit-learn %1, numpy %2, scipy %3")
                     .arg(json.qstring(sklearn), json.qstring(numpy), json.qstring(scipy));
    return Status();
}

void TrustProfile::mergeFrom(const TrustProfile &other)
{
    for (const auto &[key, names] : other.m_byLoader)
        m_byLoader[key].insert(names.begin(), names.end());
    m_treeTrust.insert(other.m_treeTrust.begin(), other.m_treeTrust.end());
    m_lossTrust.insert(other.m_lossTrust.begin(), other.m_lossTrust.end());
}

bool TrustProfile::trusts(std::string_view loaderKey, const std::string &name) const
{
    const auto it = m_byLoader.find(loaderKey);
    return it != m_byLoader.end() && it->second.count(name) > 0;
}

bool TrustProfile::trustsAnywhere(const std::string &name) const
{
    for (const auto &[key, names] : m_byLoader) {
        if (key != "JsonNode" && names.count(name) > 0)
            return true;
    }
    return m_treeTrust.count(name) > 0 || m_lossTrust.count(name) > 0;
}

} // namespace skops

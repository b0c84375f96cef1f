#include "TrustProfile.h"
#include "ModelText.h"

#include <QFile>

#include <nlohmann/json.hpp>

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
    if (!builtinNames().contains(name))
        return makeError(ErrorCode::InvalidArgument,
            ModelText::tr("unknown allow-list profile \"%1\" (known: %2)")
                .arg(name, builtinNames().join(QStringLiteral(", "))));
    const Status status = profile->loadFrom(QStringLiteral(":/profiles/%1.json").arg(name));
    if (!status.ok())
        return status.error();
    return std::shared_ptr<const TrustProfile>(profile);
}

Status TrustProfile::loadFrom(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable,
            ModelText::tr("built-in profile %1 is missing").arg(resource));
    const QByteArray bytes = file.readAll();
    try {
        const auto json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
        for (const auto &[loaderKey, entry] : json.at("by_loader").items()) {
            auto &names = m_byLoader[loaderKey];
            if (entry.at("trusted").is_array()) {
                for (const auto &n : entry.at("trusted"))
                    names.insert(n.get<std::string>());
            }
        }
        for (const auto &n : json.at("inherited_trust").at("TreeNode"))
            m_treeTrust.insert(n.get<std::string>());
        for (const auto &n : json.at("inherited_trust").at("LossNode"))
            m_lossTrust.insert(n.get<std::string>());
        const auto &meta = json.at("metadata");
        m_versions = ModelText::tr("scikit-learn %1, numpy %2, scipy %3")
                         .arg(QString::fromStdString(meta.at("sklearn").get<std::string>()),
                             QString::fromStdString(meta.at("numpy").get<std::string>()),
                             QString::fromStdString(meta.at("scipy").get<std::string>()));
    } catch (const std::exception &e) {
        return makeError(ErrorCode::InvalidJson,
            ModelText::tr("built-in profile %1 is damaged: %2")
                .arg(resource, QString::fromUtf8(e.what())));
    }
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

#include "PolicyStore.h"

#include <QDate>
#include <QStandardPaths>

using namespace skops;

QString PolicyStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + QStringLiteral("/trust-policy.json");
}

PolicyStore::PolicyStore(QString path)
    : m_path(std::move(path))
{
}

Result<TrustPolicy> PolicyStore::load() const
{
    auto policy = TrustPolicy::load(m_path);
    if (!policy.ok() && policy.error().code == ErrorCode::FileNotFound)
        return TrustPolicy();
    return policy;
}

Status PolicyStore::save(const TrustPolicy &policy) const
{
    return policy.save(m_path);
}

Status PolicyStore::remember(const std::set<std::string> &names, const QString &note) const
{
    auto policy = load();
    if (!policy.ok())
        return policy.error();
    const QDate today = QDate::currentDate();
    for (const std::string &name : names) {
        if (policy->matches(name))
            continue;
        const Status added = policy->add(TrustPolicyEntry{QString::fromStdString(name), note, today});
        if (!added.ok())
            return makeError(added.error().code, tr("%1 cannot be remembered: %2")
                                                     .arg(QString::fromStdString(name), added.error().message));
    }
    return save(policy.value());
}

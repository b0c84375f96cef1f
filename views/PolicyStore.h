#pragma once

#include "Result.h"
#include "TrustPolicy.h"

#include <QCoreApplication>
#include <QString>

#include <set>
#include <string>

// Where the user's trust policy is kept (one JSON file in the application's
// config folder, never inside a model file) and the one change the approval
// dialog makes to it. Cheap to copy: it is only a path.
class PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(PolicyStore)

public:
    // QStandardPaths::AppConfigLocation + "/trust-policy.json".
    static QString defaultPath();

    explicit PolicyStore(QString path = defaultPath());
    QString path() const { return m_path; }

    // The saved policy; an empty one while no file exists. A file that
    // cannot be read or parsed is an error, so that it is never overwritten
    // unnoticed.
    skops::Result<skops::TrustPolicy> load() const;
    skops::Status save(const skops::TrustPolicy &policy) const;
    // Adds `names` as exact entries dated today with `note`, keeping every
    // entry already there; names the policy already matches are skipped.
    skops::Status remember(const std::set<std::string> &names, const QString &note) const;

private:
    QString m_path;
};

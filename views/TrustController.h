#pragma once

#include <QObject>

#include <memory>
#include <set>
#include <string>

class QWidget;

namespace skops {
class SkopsTreeModel;
class TrustProfile;
} // namespace skops

// The trust decisions of one window: applies the remembered policy when a
// file opens, asks about the names still untrusted, keeps the approvals in
// the tree model (never in the file), and hands them to Python as a snippet.
class TrustController : public QObject
{
    Q_OBJECT

public:
    TrustController(skops::SkopsTreeModel *model, QWidget *dialogParent);

    // A file was just shown: apply the policy, then ask if names remain.
    void fileOpened(const QString &path);
    // The window's own Save As was just shown: the approvals made for the
    // file it came from carry over, and nothing is asked again.
    void fileReopened(const QString &path, const std::set<std::string> &approved);
    void reviewUntrusted();
    void copyPythonSnippet();
    void showPreferences();
    // The file's SHA-256, once someone computed it.
    void setSha256(const QString &path, const QString &sha256);

signals:
    void approvalsChanged();
    void pathActivated(const QString &path);
    void closeFileRequested();
    void profileChanged(std::shared_ptr<const skops::TrustProfile> profile);
    void message(const QString &text);

private:
    // Approves what the policy approves, plus `alsoApproved`.
    void applyPolicy(const std::set<std::string> &alsoApproved = {});
    void copySnippetWith(const QString &sha256);

    skops::SkopsTreeModel *m_model;
    QWidget *m_dialogParent;
    QString m_path;
    QString m_sha256;
    quint64 m_hashJob = 0;
};

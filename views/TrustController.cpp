#include "TrustController.h"

#include "PolicyStore.h"
#include "PythonSnippet.h"
#include "Sha256.h"
#include "SkopsTreeModel.h"
#include "TrustApprovalDialog.h"
#include "TrustPolicyDialog.h"
#include "UntrustedNameInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

using namespace skops;

TrustController::TrustController(SkopsTreeModel *model, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_dialogParent(dialogParent)
{
}

void TrustController::applyPolicy(const std::set<std::string> &alsoApproved)
{
    const std::vector<std::string> &untrusted = m_model->defaultAudit().untrustedTypes();
    std::set<std::string> approved;
    for (const std::string &name : untrusted) {
        if (alsoApproved.count(name))
            approved.insert(name);
    }
    const auto policy = PolicyStore().load();
    if (policy.ok()) {
        const std::set<std::string> byPolicy = policy.value().approvedAmong(untrusted);
        approved.insert(byPolicy.begin(), byPolicy.end());
    } else {
        emit message(tr("The trust policy cannot be read: %1").arg(policy.error().message));
    }
    m_model->setApprovedNames(approved);
    emit approvalsChanged();
}

void TrustController::fileOpened(const QString &path)
{
    m_path = path;
    m_sha256.clear();
    ++m_hashJob;
    applyPolicy();
    if (!m_model->audit().untrustedTypes().empty())
        reviewUntrusted();
}

void TrustController::fileReopened(const QString &path, const std::set<std::string> &approved)
{
    m_path = path;
    m_sha256.clear();
    ++m_hashJob;
    applyPolicy(approved);
}

void TrustController::reviewUntrusted()
{
    if (!m_model->file())
        return;
    TrustApprovalRequest request;
    request.fileName = QFileInfo(m_path).fileName();
    request.sha256 = m_sha256;
    request.profileName = m_model->profile()->name();
    request.names = UntrustedNameInfo::collect(m_model->file()->tree(), m_model->defaultAudit(), *m_model->profile());
    request.approved = m_model->approvedNames();
    if (request.names.empty()) {
        emit message(tr("This file has no untrusted types under the %1 allow-list.").arg(request.profileName));
        return;
    }
    auto *dialog = new TrustApprovalDialog(std::move(request), PolicyStore(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrustApprovalDialog::pathActivated, this, &TrustController::pathActivated);
    connect(dialog, &TrustApprovalDialog::decided, this, [this, dialog](TrustApprovalDialog::Decision decision) {
        switch (decision) {
        case TrustApprovalDialog::ApproveForFile:
        case TrustApprovalDialog::ApproveAndRemember:
            m_model->setApprovedNames(dialog->selectedNames());
            emit approvalsChanged();
            break;
        case TrustApprovalDialog::BrowseOnly:
            break;
        case TrustApprovalDialog::CancelOpening:
            emit closeFileRequested();
            break;
        }
    });
    dialog->open();
}

void TrustController::setSha256(const QString &path, const QString &sha256)
{
    if (path == m_path)
        m_sha256 = sha256;
}

void TrustController::copyPythonSnippet()
{
    if (!m_model->file())
        return;
    if (!m_sha256.isEmpty()) {
        copySnippetWith(m_sha256);
        return;
    }
    // The hash reads the whole file: off the GUI thread, and only once.
    emit message(tr("Computing the file's SHA-256…"));
    const quint64 job = ++m_hashJob;
    const QString path = m_path;
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, job, path] {
        const Result<QString> sha = watcher->result();
        watcher->deleteLater();
        if (job != m_hashJob)
            return;
        if (!sha.ok()) {
            emit message(tr("The SHA-256 of %1 cannot be computed: %2").arg(QFileInfo(path).fileName(), sha.error().message));
            return;
        }
        setSha256(path, sha.value());
        copySnippetWith(sha.value());
    });
    watcher->setFuture(QtConcurrent::run([path] { return Sha256::ofFile(path); }));
}

void TrustController::copySnippetWith(const QString &sha256)
{
    const QString snippet = PythonSnippet::loadCall(QFileInfo(m_path).fileName(), sha256, m_model->approvedNames());
    QApplication::clipboard()->setText(snippet);
    emit message(tr("Copied skops.io.load(…) with %n approved name(s).", nullptr, int(m_model->approvedNames().size())));
}

void TrustController::showPreferences()
{
    auto *dialog = new TrustPolicyDialog(PolicyStore(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrustPolicyDialog::policySaved, this, [this] {
        if (m_model->file())
            applyPolicy();
    });
    connect(dialog, &TrustPolicyDialog::profileChanged, this, [this](const QString &name) {
        const auto profile = TrustProfile::builtin(name);
        if (!profile.ok())
            return;
        m_model->setProfile(profile.value());
        if (m_model->file())
            applyPolicy();
        emit profileChanged(profile.value());
    });
    dialog->open();
}

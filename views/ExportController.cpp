#include "ExportController.h"

#include "EditSession.h"
#include "ExportReportDialog.h"
#include "SkopsFile.h"
#include "SkopsTreeModel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QUndoStack>
#include <QtConcurrent>

using skops::ExportEdit;
using skops::ExportMode;

// What a background export produced: a report, or why there is none.
struct ExportController::JobResult {
    skops::ExportReport report;
    skops::Error error;
};

ExportController::ExportController(QWidget *window, skops::SkopsTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_model(model)
    , m_session(new EditSession(this))
{
    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Write the model with its edits to a new file; the open file is not changed"));
    connect(m_saveAsAction, &QAction::triggered, this, [this] { chooseTarget(ExportMode::SaveAs); });

    m_exportCleanedAction = new QAction(tr("Export &Cleaned…"), this);
    m_exportCleanedAction->setObjectName(QStringLiteral("exportCleanedAction"));
    m_exportCleanedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportCleanedAction->setStatusTip(
        tr("Write only schema.json and the members it uses, with the edits, and report what was left out"));
    connect(m_exportCleanedAction, &QAction::triggered, this, [this] { chooseTarget(ExportMode::Cleaned); });

    QUndoStack *stack = m_session->undoStack();
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_separator = new QAction(this);
    m_separator->setSeparator(true);

    m_removeAction = new QAction(tr("&Remove from Export"), this);
    m_removeAction->setObjectName(QStringLiteral("removeFromExportAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    connect(m_removeAction, &QAction::triggered, this,
            [this] { pushForSelection(ExportEdit::remove(m_currentPath)); });

    m_nullAction = new QAction(tr("Replace with &null"), this);
    m_nullAction->setObjectName(QStringLiteral("replaceWithNullAction"));
    connect(m_nullAction, &QAction::triggered, this,
            [this] { pushForSelection(ExportEdit::replaceWithNull(m_currentPath)); });

    connect(m_session, &EditSession::editsChanged, this, &ExportController::updateActions);
    connect(m_session, &EditSession::modifiedChanged, this, &ExportController::modifiedChanged);
    connect(m_session, &EditSession::editRejected, this, &ExportController::message);
    updateActions();
}

ExportController::~ExportController()
{
    // A save still running when the window goes away leaves no file behind.
    if (m_cancel)
        m_cancel->store(true);
}

void ExportController::setFile(std::shared_ptr<const skops::SkopsFile> file, const QString &path)
{
    if (m_saving) {
        m_cancel->store(true);
        ++m_job;
        m_saving = false;
        m_closeAfterSave = false;
        delete m_progress;
        emit message(tr("Saving was cancelled: another file was opened."));
    }
    m_file = std::move(file);
    m_path = path;
    m_currentPath = QString();
    m_session->setFile(m_file);
    updateActions();
}

void ExportController::setCurrentPath(const QString &occurrencePath)
{
    m_currentPath = occurrencePath;
    updateActions();
}

QList<QAction *> ExportController::fileActions() const
{
    return {m_saveAsAction, m_exportCleanedAction};
}

QList<QAction *> ExportController::editActions() const
{
    return {m_undoAction, m_redoAction, m_separator, m_removeAction, m_nullAction};
}

void ExportController::pushForSelection(const ExportEdit &edit)
{
    if (!m_currentPath.isNull())
        m_session->push(edit);
}

void ExportController::updateActions()
{
    const bool canSave = m_file && !m_saving;
    m_saveAsAction->setEnabled(canSave);
    m_exportCleanedAction->setEnabled(canSave);

    const bool selected = m_file && !m_currentPath.isNull();
    const skops::Status removable = selected ? m_session->check(ExportEdit::remove(m_currentPath)) : skops::Status();
    const skops::Status nullable =
        selected ? m_session->check(ExportEdit::replaceWithNull(m_currentPath)) : skops::Status();
    m_removeAction->setEnabled(selected && removable.ok());
    m_nullAction->setEnabled(selected && nullable.ok());
    QString key;
    if (selected) {
        const QModelIndex row = m_model->indexForPath(m_currentPath);
        key = row.siblingAtColumn(skops::SkopsTreeModel::KeyColumn).data().toString();
    }
    m_removeAction->setStatusTip(!selected       ? tr("Leave the selected node out of the exported file")
                                 : removable.ok() ? tr("Leave %1 out of the exported file").arg(key)
                                                  : removable.error().message);
    m_nullAction->setStatusTip(!selected       ? tr("Write None in place of the selected node")
                               : nullable.ok() ? tr("Write None in place of %1 and everything below it").arg(key)
                                               : nullable.error().message);
}

void ExportController::chooseTarget(ExportMode mode)
{
    if (!m_file || m_saving) {
        m_closeAfterSave = false;
        return;
    }
    const QFileInfo current(m_path);
    const bool cleaned = mode == ExportMode::Cleaned;
    const QString proposed =
        cleaned ? current.dir().filePath(current.completeBaseName() + QStringLiteral("-cleaned.skops")) : m_path;
    auto *dialog = new QFileDialog(m_window, cleaned ? tr("Export Cleaned") : tr("Save As"), proposed,
                                   tr("skops models (*.skops);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("skops"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, mode](const QString &target) { start(mode, target); });
    connect(dialog, &QDialog::rejected, this, [this] { m_closeAfterSave = false; });
    dialog->open();
}

void ExportController::saveAs(const QString &target)
{
    start(ExportMode::SaveAs, target);
}

void ExportController::exportCleaned(const QString &target)
{
    start(ExportMode::Cleaned, target);
}

void ExportController::start(ExportMode mode, const QString &target)
{
    if (!m_file || m_saving)
        return;
    skops::ExportOptions options;
    options.mode = mode;
    options.edits = m_session->exportEdits();
    // Save As keeps the file's compression; a cleaned file is stored, as skops writes by default.
    const skops::ZipMember *schema = m_file->archive().find(QStringLiteral("schema.json"));
    options.deflate = mode == ExportMode::SaveAs && schema && schema->method == 8;

    const quint64 job = ++m_job;
    m_saving = true;
    m_savedIndex = m_session->undoStack()->index();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    updateActions();

    m_progress = new QProgressDialog(tr("Writing %1…").arg(QDir::toNativeSeparators(target)), tr("Cancel"), 0, 0,
                                     m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    const auto cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    auto *watcher = new QFutureWatcher<JobResult>(this);
    connect(watcher, &QFutureWatcher<JobResult>::finished, this, [this, watcher, job, mode, target] {
        const JobResult result = watcher->result();
        watcher->deleteLater();
        if (job != m_job)
            return; // another file was opened since
        finish(mode, target, result);
    });
    const std::shared_ptr<const skops::SkopsFile> file = m_file;
    watcher->setFuture(QtConcurrent::run([file, target, options, cancel] {
        JobResult result;
        auto report = skops::ModelExporter::exportFile(*file, target, options, [cancel] { return cancel->load(); });
        if (report.ok())
            result.report = std::move(report).value();
        else
            result.error = report.error();
        return result;
    }));
}

void ExportController::finish(ExportMode mode, const QString &target, const JobResult &result)
{
    m_saving = false;
    delete m_progress;
    updateActions();
    const bool closeAfterSave = std::exchange(m_closeAfterSave, false);
    const QString shown = QDir::toNativeSeparators(target);
    if (result.error.code == skops::ErrorCode::Cancelled) {
        emit message(tr("Saving %1 was cancelled; nothing was written.").arg(shown));
        emit saveFinished(target, false);
        return;
    }
    if (result.error.code != skops::ErrorCode::None) {
        showFailure(target, result.error);
        emit saveFinished(target, false);
        return;
    }
    // Every save writes all edits: the session is saved if none came since.
    if (m_session->undoStack()->index() == m_savedIndex)
        m_session->markSaved();
    if (mode == ExportMode::Cleaned) {
        auto *dialog = new ExportReportDialog(result.report, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_reportDialog = dialog;
        dialog->show();
        emit message(tr("Exported %1 (%n change(s)).", nullptr, int(result.report.changes.size())).arg(shown));
    } else {
        emit message(tr("Saved %1.").arg(shown));
    }
    emit saveFinished(target, true);
    if (closeAfterSave && !m_session->isModified()) {
        m_window->close();
        return;
    }
    if (mode == ExportMode::SaveAs && !m_session->isModified())
        emit savedAs(target);
}

void ExportController::showFailure(const QString &target, const skops::Error &error)
{
    const bool output = error.code == skops::ErrorCode::WriteFailed;
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Not saved"),
                                tr("%1 could not be written.").arg(QDir::toNativeSeparators(target)),
                                QMessageBox::Ok, m_window);
    box->setInformativeText(output ? tr("Writing failed: %1. Nothing was written; the open file is unchanged.")
                                         .arg(error.message)
                                   : tr("The model cannot be exported as it is: %1").arg(error.message));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool ExportController::confirmClose()
{
    if (!m_session->isModified())
        return true;
    if (m_saving) {
        // The save under way holds the edits; the window closes when it succeeds.
        m_closeAfterSave = true;
        return false;
    }
    const int count = m_session->undoStack()->index();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved edits"),
                    tr("%1 has %n edit(s) that are not saved.", nullptr, count)
                        .arg(QFileInfo(m_path).fileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("The edits exist only in this window; the file itself is never changed. Save "
                              "them to a file of your choice?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        m_closeAfterSave = true;
        chooseTarget(ExportMode::SaveAs);
        return false;
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

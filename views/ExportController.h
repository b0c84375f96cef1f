#pragma once

#include "ExportReportDialog.h"
#include "ModelExporter.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class EditSession;
class QAction;
class QProgressDialog;
class QWidget;

namespace skops {
class SkopsFile;
class SkopsTreeModel;
} // namespace skops

// Saving one window's file with its edits: Save As writes an equivalent
// archive, Export Cleaned a canonical one and shows what it removed or
// changed. The edits (Remove from Export, Replace with null, new parameter
// values) live in session() with undo and redo. Writing happens off the
// GUI thread into a temporary file that replaces the target only when
// complete, so the open file is never touched, saving over it works, and a
// failure or a cancel leaves nothing behind.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(QWidget *window, skops::SkopsTreeModel *model, QObject *parent = nullptr);
    ~ExportController() override;

    // A file was opened (nullptr: closed): its edits start empty.
    void setFile(std::shared_ptr<const skops::SkopsFile> file, const QString &path);
    // The occurrence path (PathRole) of the selected tree row, null for none:
    // what Remove from Export and Replace with null act on.
    void setCurrentPath(const QString &occurrencePath);

    EditSession *session() const { return m_session; }
    // Save As…, Export Cleaned…
    QList<QAction *> fileActions() const;
    // Undo, Redo, a separator, Remove from Export, Replace with null.
    QList<QAction *> editActions() const;

    QAction *saveAsAction() const { return m_saveAsAction; }
    QAction *exportCleanedAction() const { return m_exportCleanedAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *replaceWithNullAction() const { return m_nullAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // Writes the file with its edits to `target` without asking for a name
    // (the actions ask first); saveFinished follows.
    void saveAs(const QString &target);
    void exportCleaned(const QString &target);
    bool isSaving() const { return m_saving; }
    // The report of the last Export Cleaned, while its dialog is open.
    ExportReportDialog *reportDialog() const { return m_reportDialog; }

    // Asks Save / Discard / Cancel when there are unsaved edits; true if the
    // window may close now. After Save the window closes itself once the
    // file is written.
    bool confirmClose();

signals:
    void modifiedChanged(bool modified);
    void message(const QString &text);
    void saveFinished(const QString &target, bool ok);
    // Save As wrote every edit to `target` and none came since: the window
    // now stands for that file (Export Cleaned leaves it on the original).
    void savedAs(const QString &target);

private:
    struct JobResult;

    void chooseTarget(skops::ExportMode mode);
    void start(skops::ExportMode mode, const QString &target);
    void finish(skops::ExportMode mode, const QString &target, const JobResult &result);
    void showFailure(const QString &target, const skops::Error &error);
    void pushForSelection(const skops::ExportEdit &edit);
    void updateActions();

    QWidget *m_window;
    skops::SkopsTreeModel *m_model;
    EditSession *m_session;
    std::shared_ptr<const skops::SkopsFile> m_file;
    QString m_path;
    QString m_currentPath;

    QAction *m_saveAsAction;
    QAction *m_exportCleanedAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_separator;
    QAction *m_removeAction;
    QAction *m_nullAction;

    quint64 m_job = 0;
    bool m_saving = false;
    bool m_closeAfterSave = false;
    int m_savedIndex = 0; // the undo stack's index when the running save started
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<QProgressDialog> m_progress;
    QPointer<ExportReportDialog> m_reportDialog;
};

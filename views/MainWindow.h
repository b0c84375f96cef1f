#pragma once

#include "FileLoader.h"
#include "NodeTree.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>
#include <optional>
#include <set>
#include <string>

class DetailsPanel;
class EditOverlayProxy;
class ExportController;
class NodeFilterProxy;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeView;
class RecentFiles;
class SearchBar;
class TrustController;
class TrustDecorationProxy;
class WarningsPanel;
class QDockWidget;

namespace skops {
class SkopsTreeModel;
class TrustProfile;
} // namespace skops

// One window over one .skops file: the node tree with its filter on the
// left, the details of the selected node on the right. The window only
// wires widgets together; reading, auditing and presenting live in model/
// and in the panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(RecentFiles *recentFiles, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts loading in the background; fileLoaded or loadFailed follows.
    void openFile(const QString &path);
    QString currentPath() const { return m_path; }
    std::shared_ptr<const skops::SkopsFile> currentFile() const { return m_file; }

    skops::SkopsTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    SearchBar *searchBar() const { return m_search; }
    DetailsPanel *detailsPanel() const { return m_details; }
    FileLoader *loader() const { return m_loader; }
    TrustController *trust() const { return m_trust; }
    ExportController *exporter() const { return m_export; }
    WarningsPanel *warningsPanel() const { return m_warnings; }

    // Selects the row of an occurrence path (as the audit reports
    // locations), expanding its ancestors.
    bool selectPath(const QString &path);
    // Dropped files: the first opens here, the others in windows of their own.
    void openDroppedUrls(const QList<QUrl> &urls);

signals:
    void fileLoaded(const QString &path);
    void loadFailed(const QString &path, const QString &message);
    // Files dropped or chosen beyond the first: the application opens them
    // in windows of their own.
    void openInNewWindowRequested(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void rebuildRecentMenu();
    void showLoaded(const LoadResult &result);
    void showSavedFile(const QString &path);
    void showLoadError(const QString &path, const QString &message);
    void showCurrent(const QModelIndex &proxyIndex);
    void runSearch(const QString &text);
    void copySelection();
    void openExample();
    void saveDiagram();
    void showHelp();
    void showAbout();
    void updateStatus();
    void showWarningCount();
    void closeFile();
    void restoreLayout();
    void saveLayout();
    QModelIndex toSource(const QModelIndex &proxyIndex) const;

    RecentFiles *m_recentFiles;
    FileLoader *m_loader;
    skops::SkopsTreeModel *m_model;
    TrustController *m_trust;
    TrustDecorationProxy *m_decoration;
    EditOverlayProxy *m_overlay;
    ExportController *m_export;
    NodeFilterProxy *m_filter;
    QTreeView *m_tree;
    SearchBar *m_search;
    DetailsPanel *m_details;
    QSplitter *m_splitter;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_profileLabel;
    QLabel *m_auditLabel;
    WarningsPanel *m_warnings;
    QDockWidget *m_warningsDock;
    QLabel *m_warningsLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QString m_path;
    // What a Save As being reopened keeps from the window: its selection
    // and the approvals made for the file it came from.
    struct Reopening {
        QString path;
        QString selectedPath;
        std::set<std::string> approved;
    };
    std::optional<Reopening> m_reopening;
    bool m_splitterRestored = false;
    std::shared_ptr<const skops::SkopsFile> m_file;
    std::shared_ptr<const skops::TrustProfile> m_profile;
};

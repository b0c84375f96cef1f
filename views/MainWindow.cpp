#include "MainWindow.h"

#include "AboutDialog.h"
#include "DetailsPanel.h"
#include "EditOverlayProxy.h"
#include "EditSession.h"
#include "ExportController.h"
#include "EstimatorDiagramView.h"
#include "ItemViewCopy.h"
#include "NodeFilterProxy.h"
#include "RecentFiles.h"
#include "SearchBar.h"
#include "SkopsTreeModel.h"
#include "FileInfoView.h"
#include "ParametersView.h"
#include "TrustController.h"
#include "TrustDecorationProxy.h"
#include "TrustLegend.h"
#include "WarningsPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using namespace skops;

namespace {

constexpr int kSearchLimit = 5000;

QString profileSetting()
{
    const QString name = QSettings().value(QStringLiteral("trust/profile"), TrustProfile::defaultName()).toString();
    return TrustProfile::builtinNames().contains(name) ? name : TrustProfile::defaultName();
}

} // namespace

MainWindow::MainWindow(RecentFiles *recentFiles, QWidget *parent)
    : QMainWindow(parent)
    , m_recentFiles(recentFiles)
    , m_loader(new FileLoader(this))
    , m_model(new SkopsTreeModel(this))
    , m_trust(new TrustController(m_model, this))
    , m_decoration(new TrustDecorationProxy(this))
    , m_overlay(new EditOverlayProxy(this))
    , m_export(new ExportController(this, m_model, this))
    , m_filter(new NodeFilterProxy(this))
    , m_tree(new QTreeView)
    , m_search(new SearchBar)
    , m_details(new DetailsPanel)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_profileLabel(new QLabel)
    , m_auditLabel(new QLabel)
    , m_warnings(new WarningsPanel)
    , m_warningsDock(new QDockWidget(this))
    , m_warningsLabel(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setWindowTitle(tr("Skops Explorer"));
    m_profile = TrustProfile::builtin(profileSetting()).value();

    // model → trust colours → pending export edits → search filter → tree
    m_decoration->setSourceModel(m_model);
    m_overlay->setSourceModel(m_decoration);
    m_overlay->setSession(m_export->session());
    m_filter->setSourceModel(m_overlay);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SkopsTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Node tree"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(new TrustLegend);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);
    // Structural warnings: a dock below, its count in its title and the status bar.
    m_warningsDock->setObjectName(QStringLiteral("warningsDock"));
    m_warningsDock->setWidget(m_warnings);
    addDockWidget(Qt::BottomDockWidgetArea, m_warningsDock);
    showWarningCount();

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addWidget(m_auditLabel, 1);
    m_warningsLabel->setTextFormat(Qt::RichText);
    connect(m_warningsLabel, &QLabel::linkActivated, this, [this] {
        m_warningsDock->show();
        m_warningsDock->raise();
        m_warnings->table()->setFocus();
    });
    statusBar()->addPermanentWidget(m_warningsLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_profileLabel);

    createActions();
    restoreLayout();
    updateStatus();

    connect(m_loader, &FileLoader::started, this, [this](const QString &path) {
        m_progress->show();
        m_cancel->show();
        statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_loader, &FileLoader::finished, this, &MainWindow::showLoaded);
    connect(m_loader, &FileLoader::cancelled, this, [this](const QString &path) {
        m_progress->hide();
        m_cancel->hide();
        statusBar()->showMessage(tr("Opening %1 was cancelled").arg(QFileInfo(path).fileName()), 5000);
    });
    connect(m_cancel, &QPushButton::clicked, m_loader, &FileLoader::cancel);
    connect(m_search, &SearchBar::searchRequested, this, &MainWindow::runSearch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCurrent(current); });
    connect(m_details, &DetailsPanel::pathActivated, this, &MainWindow::selectPath);
    connect(m_warnings, &WarningsPanel::pathActivated, this, &MainWindow::selectPath);
    connect(m_warnings, &WarningsPanel::finished, this, &MainWindow::showWarningCount);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_trust, &TrustController::approvalsChanged, this, &MainWindow::updateStatus);
    connect(m_trust, &TrustController::pathActivated, this, &MainWindow::selectPath);
    connect(m_trust, &TrustController::closeFileRequested, this, &MainWindow::closeFile);
    connect(m_trust, &TrustController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_trust, &TrustController::profileChanged, this, [this](std::shared_ptr<const TrustProfile> profile) {
        m_profile = std::move(profile);
        updateStatus();
    });
    connect(m_details->fileInfo(), &FileInfoView::sha256Ready, m_trust, &TrustController::setSha256);
    connect(m_export, &ExportController::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_export, &ExportController::savedAs, this, &MainWindow::showSavedFile);
    connect(m_export, &ExportController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_details->parameters(), &ParametersView::editRequested, this,
            [this](const skops::ExportEdit &edit) { m_export->session()->push(edit); });
    connect(m_export->session(), &EditSession::editsChanged, this,
            [this] { m_details->parameters()->setPendingEdits(m_export->session()->edits()); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a .skops file"), QFileInfo(m_path).absolutePath(),
            tr("skops files (*.skops);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addActions(m_export->fileActions());
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Window"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_export->editActions());
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction *find = edit->addAction(tr("&Find…"), m_search, &SearchBar::focusSearch);
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Save Estimator &Diagram as PNG…"), this, &MainWindow::saveDiagram);
    view->addAction(m_warningsDock->toggleViewAction());

    QMenu *trust = menuBar()->addMenu(tr("&Trust"));
    QAction *review = trust->addAction(tr("&Review Untrusted Types…"), m_trust, &TrustController::reviewUntrusted);
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *snippet = trust->addAction(tr("Copy &Python Snippet"), m_trust, &TrustController::copyPythonSnippet);
    snippet->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    trust->addSeparator();
    QAction *preferences = trust->addAction(tr("Trust &Policy and Allow-List…"), m_trust, &TrustController::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(open);
    toolbar->addAction(review);
    toolbar->addAction(snippet);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *contents = help->addAction(tr("Skops Explorer &Help"), this, &MainWindow::showHelp);
    contents->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Open &Example"), this, &MainWindow::openExample);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Skops Explorer"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (const QString &path : files)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })
            ->setToolTip(path);
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), m_recentFiles, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::openFile(const QString &path)
{
    // Pending edits of the file shown now would be lost.
    if (m_file && !m_export->confirmClose())
        return;
    m_loader->load(path);
}

void MainWindow::showSavedFile(const QString &path)
{
    // Shown from the file itself, every view (file facts, hash, members)
    // describes what is now on disk, and the next Save As starts from it.
    m_reopening = Reopening { path, toSource(m_tree->currentIndex()).data(PathRole).toString(),
                              m_model->approvedNames() };
    m_loader->load(path);
}

void MainWindow::showLoaded(const LoadResult &result)
{
    m_progress->hide();
    m_cancel->hide();
    statusBar()->clearMessage();
    std::optional<Reopening> reopening = std::exchange(m_reopening, std::nullopt);
    if (reopening && reopening->path != result.path)
        reopening.reset();
    if (!result.file) {
        showLoadError(result.path, result.error.message);
        return;
    }
    if (reopening && m_export->session()->isModified()) {
        // Edited again while the saved file was being read: keep those edits.
        statusBar()->showMessage(tr("Saved %1; still showing the edits made since.")
                                     .arg(QDir::toNativeSeparators(result.path)), 8000);
        return;
    }
    m_path = result.path;
    m_file = result.file;
    m_search->lineEdit()->clear();
    m_filter->clearMatches();
    m_model->setFile(m_file, m_profile);
    m_details->setFile(m_file, m_model);
    m_warnings->setFile(m_file);
    showWarningCount();
    m_recentFiles->add(m_path);
    m_export->setFile(m_file, m_path);
    setWindowModified(false);
    setWindowTitle(tr("%1[*] — Skops Explorer").arg(QFileInfo(m_path).fileName()));
    setWindowFilePath(m_path);
    // Enough levels to see the estimators and their attributes.
    m_tree->expandToDepth(3);
    m_tree->setCurrentIndex(m_filter->index(0, 0));
    updateStatus();
    if (reopening)
        selectPath(reopening->selectedPath);
    emit fileLoaded(m_path);
    if (reopening)
        m_trust->fileReopened(m_path, reopening->approved);
    else
        m_trust->fileOpened(m_path);
}

void MainWindow::closeFile()
{
    m_path.clear();
    m_file.reset();
    m_model->clear();
    m_details->setFile(nullptr, m_model);
    m_warnings->setFile(nullptr);
    showWarningCount();
    m_export->setFile(nullptr, QString());
    setWindowModified(false);
    setWindowTitle(tr("Skops Explorer"));
    setWindowFilePath(QString());
    updateStatus();
}

void MainWindow::showLoadError(const QString &path, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                                tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), message),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit loadFailed(path, message);
}

QModelIndex MainWindow::toSource(const QModelIndex &proxyIndex) const
{
    return m_decoration->mapToSource(m_overlay->mapToSource(m_filter->mapToSource(proxyIndex)));
}

void MainWindow::showCurrent(const QModelIndex &proxyIndex)
{
    const QModelIndex source = toSource(proxyIndex);
    m_export->setCurrentPath(source.isValid() ? source.data(PathRole).toString() : QString());
    if (!source.isValid())
        return;
    m_details->showNode(m_model->nodeAt(source), source.data(PathRole).toString());
}

bool MainWindow::selectPath(const QString &path)
{
    const QModelIndex source = m_model->indexForPath(path);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(m_overlay->mapFromSource(m_decoration->mapFromSource(source)));
    if (!proxy.isValid()) {
        // Hidden by the filter: show everything again to reveal it.
        m_search->lineEdit()->clear();
        m_filter->clearMatches();
        proxy = m_filter->mapFromSource(m_overlay->mapFromSource(m_decoration->mapFromSource(source)));
    }
    for (QModelIndex parent = proxy.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
    return true;
}

void MainWindow::runSearch(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_filter->clearMatches();
        m_search->clearMatchCount();
        return;
    }
    const QStringList paths = m_model->findPaths(text.trimmed(), kSearchLimit);
    // Rows are created only where matches are, so the filter can see them.
    for (const QString &path : paths)
        m_model->indexForPath(path);
    m_filter->setMatches(QSet<QString>(paths.begin(), paths.end()));
    m_search->setMatchCount(int(paths.size()), paths.size() >= kSearchLimit);
    m_tree->expandAll();
}

void MainWindow::copySelection()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *text = qobject_cast<QPlainTextEdit *>(focus)) {
        text->copy();
        return;
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        itemviewcopy::copySelection(view);
        return;
    }
    itemviewcopy::copySelection(m_tree);
}

void MainWindow::openExample()
{
    // Resources cannot be memory-mapped reliably: copy the example out first.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(folder);
    const QString target = folder + QStringLiteral("/example-pipeline.skops");
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(":/examples/pipeline.skops"), target)) {
        showLoadError(target, tr("the bundled example could not be copied to %1").arg(folder));
        return;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    openFile(target);
}

void MainWindow::saveDiagram()
{
    if (!m_file)
        return;
    const QString suggested = QFileInfo(m_path).absolutePath() + QLatin1Char('/')
                              + QFileInfo(m_path).completeBaseName() + QStringLiteral("-estimators.png");
    const QString target = QFileDialog::getSaveFileName(this, tr("Save the estimator diagram"), suggested,
                                                        tr("PNG images (*.png)"));
    if (target.isEmpty())
        return;
    if (m_details->diagram()->savePng(target))
        statusBar()->showMessage(tr("Saved the diagram to %1").arg(QDir::toNativeSeparators(target)), 8000);
    else
        QMessageBox::warning(this, tr("Cannot save the diagram"),
                             tr("%1 cannot be written.").arg(QDir::toNativeSeparators(target)));
}

void MainWindow::showHelp()
{
    QMessageBox::information(
        this, tr("Skops Explorer Help"),
        tr("<p><b>Skops Explorer</b> shows what a scikit-learn <code>.skops</code> file holds "
           "without running anything from it.</p>"
           "<p>The <b>tree</b> on the left mirrors the file: every estimator, parameter and "
           "array. Colours say whether skops trusts each node by default; a node whose colour "
           "is orange is a type skops refuses to load unless you trust it.</p>"
           "<p>The <b>panels</b> on the right show the selected node: the estimator diagram, "
           "its parameters (changed ones highlighted), fitted attributes, array previews, the "
           "raw schema text, and facts about the file.</p>"
           "<p><b>Ctrl+F</b> filters the tree by key, type or value; <b>Ctrl+C</b> copies the "
           "selection; <b>Ctrl+O</b> opens another file, and you can drop files on the "
           "window.</p>"));
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_profile->name(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateStatus()
{
    m_profileLabel->setText(tr("Allow-list: %1").arg(m_profile->name()));
    m_profileLabel->setToolTip(m_profile->versions());
    if (!m_file) {
        m_auditLabel->setText(tr("Open a .skops file (Ctrl+O) or drop one here."));
        return;
    }
    const auto &untrusted = m_model->audit().untrustedTypes();
    const int approved = int(m_model->approvedNames().size());
    if (untrusted.empty())
        m_auditLabel->setText(approved ? tr("No untrusted types remain (%n approved by you).", nullptr, approved)
                                       : tr("No untrusted types: skops would load this file."));
    else
        m_auditLabel->setText(tr("%n untrusted type(s): skops refuses to load this file as it is.",
                                 nullptr, int(untrusted.size())));
}

void MainWindow::showWarningCount()
{
    if (!m_file || m_warnings->isChecking()) {
        m_warningsDock->setWindowTitle(tr("Warnings"));
        m_warningsLabel->clear();
        m_warningsLabel->setToolTip(QString());
        return;
    }
    const int count = m_warnings->count();
    m_warningsDock->setWindowTitle(tr("Warnings (%1)").arg(count));
    // The dock takes room from the tree: it comes up for a file with
    // warnings and goes away for one without (View ▸ Warnings brings it back).
    m_warningsDock->setVisible(count > 0);
    if (count == 0) {
        m_warningsLabel->setText(tr("No structural warnings"));
        m_warningsLabel->setToolTip(QString());
        return;
    }
    m_warningsLabel->setToolTip(tr("Show the structural warnings"));
    m_warningsLabel->setText(QStringLiteral("<a href=\"#warnings\">%1</a>")
                                 .arg(tr("%n structural warning(s)", nullptr, count).toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray header = settings.value(QStringLiteral("window/treeHeader")).toByteArray();
    if (!header.isEmpty())
        m_tree->header()->restoreState(header);
    else {
        m_tree->header()->resizeSection(SkopsTreeModel::KeyColumn, 240);
        m_tree->header()->resizeSection(SkopsTreeModel::TypeColumn, 340);
        m_tree->header()->resizeSection(SkopsTreeModel::TrustColumn, 150);
    }
    m_details->restoreLayout(settings);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/treeHeader"), m_tree->header()->saveState());
    m_details->saveLayout(settings);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Splitter sizes only hold once the window has its real size.
    if (!m_splitterRestored) {
        m_splitterRestored = true;
        const QByteArray state = QSettings().value(QStringLiteral("window/splitter")).toByteArray();
        if (!m_splitter->restoreState(state)) {
            // First run: room for the tree's four columns, the rest for the panels.
            const int width = m_splitter->width();
            m_splitter->setSizes({width * 65 / 100, width - width * 65 / 100});
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_export->confirmClose()) {
        event->ignore();
        return;
    }
    saveLayout();
    m_loader->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    event->acceptProposedAction();
    openDroppedUrls(event->mimeData()->urls());
}

void MainWindow::openDroppedUrls(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    openFile(paths.takeFirst());
    if (!paths.isEmpty())
        emit openInNewWindowRequested(paths);
}

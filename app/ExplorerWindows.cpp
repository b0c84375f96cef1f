#include "ExplorerWindows.h"

#include "MainWindow.h"
#include "RecentFiles.h"

ExplorerWindows::ExplorerWindows(QObject *parent)
    : QObject(parent)
    , m_recentFiles(new RecentFiles(this))
{
}

MainWindow *ExplorerWindows::newWindow()
{
    auto *window = new MainWindow(m_recentFiles);
    connect(window, &MainWindow::openInNewWindowRequested, this,
            [this](const QStringList &paths) { open(paths); });
    window->show();
    return window;
}

QList<MainWindow *> ExplorerWindows::open(const QStringList &paths)
{
    QList<MainWindow *> windows;
    if (paths.isEmpty()) {
        windows << newWindow();
        return windows;
    }
    for (const QString &path : paths) {
        MainWindow *window = newWindow();
        window->openFile(path);
        windows << window;
    }
    return windows;
}

#pragma once

#include <QObject>
#include <QStringList>

class MainWindow;
class RecentFiles;

// The application's windows: one per file, sharing the recent-files list.
class ExplorerWindows : public QObject
{
    Q_OBJECT

public:
    explicit ExplorerWindows(QObject *parent = nullptr);
    // Opens each file in a window of its own; with no files, one empty window.
    QList<MainWindow *> open(const QStringList &paths);
    MainWindow *newWindow();

private:
    RecentFiles *m_recentFiles;
};

#pragma once

#include <QObject>
#include <QStringList>

// The last files opened, most recent first, kept in QSettings and shared by
// every window. Files that no longer exist are dropped when listed.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);
    QStringList files();
    void add(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &files);
};

#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files()
{
    const QStringList stored = QSettings().value(kKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(kKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
    emit changed();
}

void RecentFiles::clear()
{
    store({});
    emit changed();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}

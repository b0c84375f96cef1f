#include "FileLoader.h"

#include <QFutureWatcher>
#include <QtConcurrent>

FileLoader::FileLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LoadResult>();
}

FileLoader::~FileLoader()
{
    if (m_cancel)
        m_cancel->store(true);
}

void FileLoader::load(const QString &path)
{
    if (m_cancel)
        m_cancel->store(true);
    const quint64 job = ++m_job;
    m_loading = true;
    m_path = path;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    emit started(path);
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, job] {
        const LoadResult result = watcher->result();
        watcher->deleteLater();
        if (job != m_job)
            return; // a newer load or a cancel came since
        m_loading = false;
        emit finished(result);
    });
    watcher->setFuture(QtConcurrent::run([path, cancel] {
        LoadResult result;
        result.path = path;
        auto file = skops::SkopsFile::open(path, skops::Limits(), cancel.get());
        if (file.ok())
            result.file = file.value();
        else
            result.error = file.error();
        return result;
    }));
}

void FileLoader::cancel()
{
    if (!m_loading)
        return;
    if (m_cancel)
        m_cancel->store(true);
    ++m_job;
    m_loading = false;
    emit cancelled(m_path);
}

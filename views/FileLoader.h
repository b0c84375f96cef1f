#pragma once

#include "Result.h"
#include "SkopsFile.h"

#include <QObject>

#include <atomic>
#include <memory>

// What a background load produced: a file, or the reason there is none.
struct LoadResult {
    QString path;
    std::shared_ptr<const skops::SkopsFile> file;
    skops::Error error;
};
Q_DECLARE_METATYPE(LoadResult)

// Opens .skops files off the GUI thread. Only the latest request reports:
// a newer load or cancel() makes the older result stale, and it is dropped.
class FileLoader : public QObject
{
    Q_OBJECT

public:
    explicit FileLoader(QObject *parent = nullptr);
    ~FileLoader() override;

    void load(const QString &path);
    void cancel();
    bool isLoading() const { return m_loading; }

signals:
    void started(const QString &path);
    void finished(const LoadResult &result);
    void cancelled(const QString &path);

private:
    quint64 m_job = 0;
    bool m_loading = false;
    QString m_path;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

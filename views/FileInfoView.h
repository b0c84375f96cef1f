#pragma once

#include "FileSummary.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace skops {
class SkopsFile;
} // namespace skops

// The File tab: protocol, skops version, every estimator's scikit-learn
// version, file size, members, compression and the SHA-256. The hash reads
// the whole file, so it is computed off the GUI thread and filled in when
// ready; a result for a file no longer shown is dropped.
class FileInfoView : public QWidget
{
    Q_OBJECT

public:
    explicit FileInfoView(QWidget *parent = nullptr);
    ~FileInfoView() override;

    void setFile(std::shared_ptr<const skops::SkopsFile> file);
    void clear();

    const skops::FileSummary &summary() const { return m_summary; }
    QString sha256Text() const;
    bool isHashing() const { return m_hashing; }
    QTreeWidget *estimatorList() const { return m_estimators; }

signals:
    void sha256Ready(const QString &path, const QString &sha256);

private:
    struct HashOutcome
    {
        QString path;
        QString sha256;
        skops::Error error;
    };
    QLabel *addField(const QString &label, const QString &objectName);
    void startHash(const QString &path);

    skops::FileSummary m_summary;
    quint64 m_job = 0;
    bool m_hashing = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QLabel *m_fileName = nullptr;
    QLabel *m_fileSize = nullptr;
    QLabel *m_protocol = nullptr;
    QLabel *m_skopsVersion = nullptr;
    QLabel *m_sklearnVersions = nullptr;
    QLabel *m_members = nullptr;
    QLabel *m_compression = nullptr;
    QLineEdit *m_sha256 = nullptr;
    QTreeWidget *m_estimators = nullptr;
};

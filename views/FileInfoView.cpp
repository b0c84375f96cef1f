#include "FileInfoView.h"

#include "Sha256.h"
#include "SkopsFile.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QtConcurrent>

namespace {

QString sizeText(qint64 bytes)
{
    const QLocale locale;
    return FileInfoView::tr("%1 (%2 bytes)")
        .arg(locale.formattedDataSize(bytes), locale.toString(bytes));
}

} // namespace

FileInfoView::FileInfoView(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_fileName = addField(tr("File:"), QStringLiteral("fileName"));
    m_fileSize = addField(tr("Size:"), QStringLiteral("fileSize"));
    m_protocol = addField(tr("Protocol:"), QStringLiteral("protocol"));
    m_skopsVersion = addField(tr("Written by skops:"), QStringLiteral("skopsVersion"));
    m_sklearnVersions = addField(tr("scikit-learn:"), QStringLiteral("sklearnVersions"));
    m_members = addField(tr("Members:"), QStringLiteral("members"));
    m_compression = addField(tr("Compression:"), QStringLiteral("compression"));
    // 64 characters that cannot wrap: a read-only line scrolls instead of
    // holding the whole panel at their width, and selects and copies whole.
    m_sha256 = new QLineEdit(this);
    m_sha256->setObjectName(QStringLiteral("sha256"));
    m_sha256->setReadOnly(true);
    m_sha256->setFrame(false);
    m_sha256->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sha256->setMinimumWidth(m_sha256->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    form->addRow(tr("SHA-256:"), m_sha256);

    m_estimators = new QTreeWidget(this);
    m_estimators->setObjectName(QStringLiteral("estimators"));
    m_estimators->setRootIsDecorated(false);
    m_estimators->setHeaderLabels({ tr("Estimator"), tr("Class"), tr("scikit-learn") });
    m_estimators->header()->setStretchLastSection(false);
    m_estimators->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    form->addRow(tr("Estimators:"), m_estimators);
}

FileInfoView::~FileInfoView()
{
    if (m_cancel)
        m_cancel->store(true);
}

QLabel *FileInfoView::addField(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    static_cast<QFormLayout *>(layout())->addRow(label, value);
    return value;
}

void FileInfoView::setFile(std::shared_ptr<const skops::SkopsFile> file)
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_job;
    m_hashing = false;
    m_estimators->clear();
    if (!file) {
        m_summary = skops::FileSummary();
        for (QLabel *label : { m_fileName, m_fileSize, m_protocol, m_skopsVersion,
                 m_sklearnVersions, m_members, m_compression })
            label->clear();
        m_sha256->clear();
        return;
    }
    m_summary = skops::FileSummary::build(*file);
    const QLocale locale;
    m_fileName->setText(m_summary.fileName);
    m_fileName->setToolTip(m_summary.path);
    m_fileSize->setText(sizeText(m_summary.fileSize));
    m_protocol->setText(QString::number(m_summary.protocol));
    m_skopsVersion->setText(m_summary.skopsVersion);
    const QStringList versions = m_summary.sklearnVersions();
    m_sklearnVersions->setText(
        versions.isEmpty() ? tr("none stored") : versions.join(QLatin1String(", ")));
    m_members->setText(tr("%1, %2 uncompressed")
                           .arg(locale.toString(m_summary.memberCount),
                               sizeText(qint64(m_summary.uncompressedBytes))));
    m_compression->setText(m_summary.compressionText());
    for (const skops::EstimatorVersion &estimator : m_summary.estimators) {
        auto *item = new QTreeWidgetItem(m_estimators);
        item->setText(
            0, estimator.attributePath.isEmpty() ? tr("(root)") : estimator.attributePath);
        item->setText(1, estimator.className);
        item->setText(2, estimator.sklearnVersion);
        item->setToolTip(0, estimator.path);
    }
    startHash(m_summary.path);
}

void FileInfoView::clear()
{
    setFile(nullptr);
}

QString FileInfoView::sha256Text() const
{
    return m_sha256->text();
}

void FileInfoView::startHash(const QString &path)
{
    const quint64 job = m_job;
    m_hashing = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_sha256->setText(tr("computing…"));
    auto *watcher = new QFutureWatcher<HashOutcome>(this);
    connect(watcher, &QFutureWatcher<HashOutcome>::finished, this, [this, watcher, job] {
        const HashOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (job != m_job)
            return; // the hash of a file no longer shown
        m_hashing = false;
        if (outcome.error.code != skops::ErrorCode::None) {
            m_sha256->setText(outcome.error.message);
            m_sha256->setCursorPosition(0);
            return;
        }
        m_sha256->setText(outcome.sha256);
        m_sha256->setCursorPosition(0);
        emit sha256Ready(outcome.path, outcome.sha256);
    });
    watcher->setFuture(QtConcurrent::run([path, cancel = m_cancel] {
        HashOutcome outcome;
        outcome.path = path;
        const auto sha = skops::Sha256::ofFile(path, cancel.get());
        if (sha.ok())
            outcome.sha256 = sha.value();
        else
            outcome.error = sha.error();
        return outcome;
    }));
}

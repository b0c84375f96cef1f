#include "RawJsonView.h"

#include "SkopsFile.h"

#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

RawJsonView::RawJsonView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

RawJsonView::~RawJsonView() = default;

void RawJsonView::showPath(std::shared_ptr<const skops::SkopsFile> file, const QString &pointer)
{
    if (!file) {
        clearFragment();
        return;
    }
    const skops::JsonDocument::Index value = file->schema().resolve(pointer);
    if (value == skops::JsonDocument::npos) {
        clearFragment();
        setPlaceholderText(tr("schema.json has nothing at %1").arg(pointer));
        return;
    }
    format(std::move(file), value);
}

void RawJsonView::showNode(std::shared_ptr<const skops::SkopsFile> file, skops::NodeId node)
{
    if (!file || node >= file->tree().nodeCount()) {
        clearFragment();
        return;
    }
    // A synthetic node has no state of its own; its owner's is shown.
    const skops::JsonDocument::Index state = file->tree().node(node).state;
    if (state == skops::JsonDocument::npos)
        showPath(file, file->tree().path(node));
    else
        format(std::move(file), state);
}

void RawJsonView::clearFragment()
{
    ++m_job;
    m_formatting = false;
    m_truncated = false;
    setPlaceholderText(QString());
    setPlainText(QString());
}

void RawJsonView::format(
    std::shared_ptr<const skops::SkopsFile> file, skops::JsonDocument::Index value)
{
    const quint64 job = ++m_job;
    m_formatting = true;
    m_truncated = false;
    setPlainText(QString());
    setPlaceholderText(tr("Formatting…"));
    auto *watcher = new QFutureWatcher<Fragment>(this);
    connect(watcher, &QFutureWatcher<Fragment>::finished, this, [this, watcher, job] {
        const Fragment fragment = watcher->result();
        watcher->deleteLater();
        if (job != m_job)
            return; // another node was selected meanwhile
        m_formatting = false;
        m_truncated = fragment.truncated;
        setPlaceholderText(QString());
        QString text = fragment.text;
        if (fragment.truncated) {
            const QLocale locale;
            text += QLatin1String("\n\n")
                + tr("… cut here: the first %1 of %2 are shown.")
                      .arg(locale.formattedDataSize(fragment.shownBytes),
                          locale.formattedDataSize(fragment.fullBytes));
        }
        setPlainText(text);
        emit fragmentShown();
    });
    const qsizetype maxBytes = m_maxBytes;
    watcher->setFuture(QtConcurrent::run([file = std::move(file), value, maxBytes] {
        Fragment fragment;
        std::string json = file->schema().serialize(value, 2);
        fragment.fullBytes = qint64(json.size());
        if (json.size() > std::size_t(maxBytes)) {
            std::size_t cut = std::size_t(maxBytes);
            // Never split a UTF-8 sequence.
            while (cut > 0 && (static_cast<unsigned char>(json[cut]) & 0xC0) == 0x80)
                --cut;
            json.resize(cut);
            fragment.truncated = true;
        }
        fragment.shownBytes = qint64(json.size());
        fragment.text = QString::fromStdString(json);
        return fragment;
    }));
}

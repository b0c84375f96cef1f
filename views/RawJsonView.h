#pragma once

#include "JsonDocument.h"
#include "NodeTree.h"

#include <QPlainTextEdit>
#include <memory>

namespace skops {
class SkopsFile;
} // namespace skops

// The Raw tab: the selected node's fragment of schema.json, pretty-printed
// with two-space indents, read-only and selectable. Formatting runs off the
// GUI thread; only the latest request is shown. A fragment larger than
// maxBytes() is cut there, with a note saying so.
class RawJsonView : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr qsizetype kDefaultMaxBytes = qsizetype(2) << 20;

    explicit RawJsonView(QWidget *parent = nullptr);
    ~RawJsonView() override;

    // The value at a JSON pointer (an occurrence path, as PathRole gives it).
    void showPath(std::shared_ptr<const skops::SkopsFile> file, const QString &pointer);
    // The state of a node's first occurrence.
    void showNode(std::shared_ptr<const skops::SkopsFile> file, skops::NodeId node);
    void clearFragment();

    void setMaxBytes(qsizetype bytes) { m_maxBytes = bytes; }
    qsizetype maxBytes() const { return m_maxBytes; }
    bool isTruncated() const { return m_truncated; }
    bool isFormatting() const { return m_formatting; }

signals:
    // The requested fragment is on screen.
    void fragmentShown();

private:
    struct Fragment
    {
        QString text;
        qint64 fullBytes = 0;
        qint64 shownBytes = 0;
        bool truncated = false;
    };
    void format(std::shared_ptr<const skops::SkopsFile> file, skops::JsonDocument::Index value);

    qsizetype m_maxBytes = kDefaultMaxBytes;
    quint64 m_job = 0;
    bool m_truncated = false;
    bool m_formatting = false;
};

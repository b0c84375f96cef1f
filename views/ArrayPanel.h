#pragma once

#include "NodeTree.h"

#include <QWidget>

#include <memory>

class ArrayView;
class QLabel;
class QStackedWidget;
class QTimer;
class SparseMatrixView;

namespace skops {
class SkopsFile;
} // namespace skops

// The Array tab of the details: what the selected node holds as an array.
// An NdArrayNode (array or numpy scalar) or a MaskedArrayNode (data with its
// mask) opens in an ArrayView, a SparseMatrixNode in a SparseMatrixView; a
// DTypeNode shows its dtype and an object array (type json) its shape and
// item count (its elements are nodes of the tree). Anything else asks for
// an array. Members are read off the GUI thread (STORED members are views of
// the memory-mapped file, DEFLATED ones are inflated there); selecting
// another node drops a load still under way.
class ArrayPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Content {
        Message, // nothing to show, a note, or an error
        Loading,
        Array, // arrayView()
        SparseMatrix, // sparseView()
        Dtype, // a dtype description in messageText()
        ObjectArray, // a description in messageText()
    };

    explicit ArrayPanel(QWidget *parent = nullptr);
    ~ArrayPanel() override;

    void setFile(std::shared_ptr<const skops::SkopsFile> file);
    void showNode(skops::NodeId node);

    skops::NodeId node() const { return m_node; }
    Content content() const { return m_content; }
    QString messageText() const;
    ArrayView *arrayView() const { return m_arrayView; }
    SparseMatrixView *sparseView() const { return m_sparseView; }

signals:
    // The node's content is on screen (after a load: when it finished).
    void contentReady(skops::NodeId node);

private:
    void showMessage(const QString &text, Content content = Content::Message,
        Qt::TextFormat format = Qt::PlainText);
    void showArrayNode(skops::NodeId node);
    void showMaskedArrayNode(skops::NodeId node);
    void showDtypeNode(skops::NodeId node);
    void showObjectArray(skops::NodeId node, const QString &prefix);
    void showSparseNode(skops::NodeId node);
    void startLoad(const QString &dataMember, const QString &maskMember, bool sparse,
        const QString &name);
    QString displayName(skops::NodeId node) const;

    std::shared_ptr<const skops::SkopsFile> m_file;
    skops::NodeId m_node = skops::kNoNode;
    Content m_content = Content::Message;
    quint64 m_job = 0;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_message = nullptr;
    ArrayView *m_arrayView = nullptr;
    SparseMatrixView *m_sparseView = nullptr;
    QTimer *m_loadingDelay = nullptr;
};

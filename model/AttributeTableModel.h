#pragma once

#include "ModelRoles.h"
#include "SkopsFile.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace skops {

// The fitted attributes of one estimator (the keys of its state that end in
// "_" and do not start with "_"), in file order, with what each occupies.
// Columns: Name, Type, Shape, Dtype, Size (bytes). Sizes are taken from the
// .npy headers and the central directory; no payload is read:
// an .npy array counts its data bytes, a sparse matrix or bytes member its
// uncompressed member size, a JSON value the length of its text, a dict
// the text of its keys, and a container everything below it, each distinct
// node and member once.
class AttributeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ShapeColumn, DtypeColumn, SizeColumn, ColumnCount };

    explicit AttributeTableModel(QObject *parent = nullptr);
    ~AttributeTableModel() override;

    void setEstimator(std::shared_ptr<const SkopsFile> file, NodeId estimator);
    void clear();
    NodeId estimator() const { return m_estimator; }

    qint64 sizeBytes(int row) const;
    // Everything the fitted attributes hold, each distinct node and member once.
    qint64 attributesBytes() const { return m_attributesBytes; }
    // The whole model: schema.json plus every payload member, each name once
    // (the entry CPython reads when a name repeats).
    qint64 totalModelBytes() const;
    static qint64 totalModelBytes(const SkopsFile &file);

    // The bytes below `node` as described above.
    static qint64 subtreeBytes(const SkopsFile &file, NodeId node);
    // A numpy shape as Python prints the tuple: "(3, 4)", "(3,)", "()".
    static QString shapeText(const std::vector<qint64> &shape);
    // A key scikit-learn uses for a fitted attribute.
    static bool isFittedAttributeName(std::string_view key);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        NodeId node = kNoNode;
        QString path; // JSON pointer of this occurrence
        QString type;
        QString shape;
        QString dtype;
        qint64 bytes = 0;
    };

    std::shared_ptr<const SkopsFile> m_file;
    NodeId m_estimator = kNoNode;
    std::vector<Row> m_rows;
    qint64 m_attributesBytes = 0;
};

} // namespace skops

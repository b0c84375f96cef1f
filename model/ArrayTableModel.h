#pragma once

#include "ArraySlice.h"
#include "ModelRoles.h"
#include "NpyArray.h"

#include <QAbstractTableModel>
#include <QCache>

#include <memory>

namespace skops {

// A table over one 2-D slice of an array (see ArraySlice). Nothing is
// decoded up front: a cell is formatted with NpyArray::toText when a view
// asks for it, and recently formatted cells are kept within a fixed budget.
// Item views spend time and memory on every row and column (header
// sections), so a slice larger than a page is shown one page at a time: a
// 10-million-element array opens at once and scrolls smoothly. Headers show
// the indexes along the row and column axes (field names for structured
// dtypes). With a numpy.ma mask, masked cells read "--" unless
// showMaskedValues is on.
class ArrayTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        FlatIndexRole = SortRole + 32, // qint64: the element's row-major index
        FieldRole, // int: the field of a structured dtype (0 otherwise)
        MaskedRole, // bool: the element is masked
    };
    // Slice rows and table columns per page.
    static constexpr qint64 kPageRows = qint64(1) << 18;
    static constexpr qint64 kPageColumns = qint64(1) << 14;
    // Formatted cells kept for repaints and scrolling back, in bytes.
    static constexpr int kTextCacheBytes = 4 << 20;

    explicit ArrayTableModel(QObject *parent = nullptr);
    ~ArrayTableModel() override;

    // Shows `array` with the default slice. `mask` is used when it fits the
    // array (ArraySlice::maskFits); setArray returns false otherwise.
    bool setArray(std::shared_ptr<const NpyArray> array,
        std::shared_ptr<const NpyArray> mask = nullptr);
    void clear();
    const NpyArray *array() const { return m_array.get(); }
    std::shared_ptr<const NpyArray> sharedArray() const { return m_array; }
    std::shared_ptr<const NpyArray> sharedMask() const { return m_mask; }
    const ArraySlice &slice() const { return m_slice; }

    bool setAxes(int rowAxis, int columnAxis);
    bool setFixedIndex(int axis, qint64 index);

    bool showMaskedValues() const { return m_showMaskedValues; }
    void setShowMaskedValues(bool show);

    // Pages of the slice; the page shown starts at firstRow()/firstColumn().
    // Changing the axes goes back to the first page.
    qint64 rowPageCount() const;
    qint64 columnPageCount() const;
    qint64 rowPage() const { return m_rowPage; }
    qint64 columnPage() const { return m_columnPage; }
    bool setPage(qint64 rowPage, qint64 columnPage);
    // Table columns per page: whole elements, with all their fields.
    qint64 columnsPerPage() const;
    // Shows the page that holds slice row `row` and element `elementColumn`
    // across (its first field) and returns that cell; an invalid index, and
    // no change, when the slice has no such cell.
    QModelIndex showCell(qint64 row, qint64 elementColumn);
    // The slice row and slice column of table cell (0, 0).
    qint64 firstRow() const { return m_rowPage * kPageRows; }
    qint64 firstColumn() const { return m_columnPage * columnsPerPage(); }

    // What DisplayRole shows for a table cell.
    QString cellText(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The array, the axes or a fixed index changed (the model was reset).
    void sliceChanged();
    // Another page of the same slice is shown (the model was reset).
    void pageChanged();

private:
    // Slice coordinates of a table cell.
    qint64 sliceRow(int row) const { return firstRow() + row; }
    qint64 sliceColumn(int column) const { return firstColumn() + column; }
    QString formattedCell(qint64 flatIndex, int field) const;
    QString indexText(const std::vector<qint64> &index) const;
    void resetSlice(const ArraySlice &slice, bool firstPage);

    std::shared_ptr<const NpyArray> m_array;
    std::shared_ptr<const NpyArray> m_mask;
    ArraySlice m_slice;
    bool m_showMaskedValues = false;
    qint64 m_rowPage = 0;
    qint64 m_columnPage = 0;
    // Keyed by flat index × field count + field, so it outlives slice changes.
    mutable QCache<qint64, QString> m_textCache;
};

} // namespace skops

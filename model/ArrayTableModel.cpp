#include "ArrayTableModel.h"
#include "Limits.h"
#include "PythonText.h"

#include <QStringList>

namespace skops {

namespace {

QString maskedText()
{
    return QStringLiteral("--"); // what numpy prints for a masked value
}

qint64 pagesFor(qint64 count, qint64 perPage)
{
    return std::max<qint64>(1, (count + perPage - 1) / perPage);
}

} // namespace

ArrayTableModel::ArrayTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_textCache.setMaxCost(kTextCacheBytes);
}

ArrayTableModel::~ArrayTableModel() = default;

bool ArrayTableModel::setArray(
    std::shared_ptr<const NpyArray> array, std::shared_ptr<const NpyArray> mask)
{
    const bool maskUsable = !mask || (array && ArraySlice::maskFits(*array, *mask));
    beginResetModel();
    m_array = std::move(array);
    m_mask = maskUsable ? std::move(mask) : nullptr;
    m_slice = m_array ? ArraySlice(m_array->shape(), m_array->dtype()) : ArraySlice();
    m_rowPage = 0;
    m_columnPage = 0;
    m_textCache.clear();
    endResetModel();
    emit sliceChanged();
    return maskUsable;
}

void ArrayTableModel::clear()
{
    setArray(nullptr);
}

void ArrayTableModel::resetSlice(const ArraySlice &slice, bool firstPage)
{
    beginResetModel();
    m_slice = slice;
    if (firstPage) {
        m_rowPage = 0;
        m_columnPage = 0;
    }
    endResetModel();
    emit sliceChanged();
}

bool ArrayTableModel::setAxes(int rowAxis, int columnAxis)
{
    if (rowAxis == m_slice.rowAxis() && columnAxis == m_slice.columnAxis())
        return true;
    ArraySlice slice = m_slice;
    if (!slice.setAxes(rowAxis, columnAxis))
        return false;
    resetSlice(slice, true);
    return true;
}

bool ArrayTableModel::setFixedIndex(int axis, qint64 index)
{
    if (m_slice.isFixedAxis(axis) && m_slice.fixedIndex(axis) == index)
        return true;
    ArraySlice slice = m_slice;
    if (!slice.setFixedIndex(axis, index))
        return false;
    // The row and column axes stay: so does the page.
    resetSlice(slice, false);
    return true;
}

qint64 ArrayTableModel::columnsPerPage() const
{
    const int fields = m_slice.fieldCount();
    return std::max<qint64>(1, kPageColumns / fields) * fields;
}

qint64 ArrayTableModel::rowPageCount() const
{
    return pagesFor(m_slice.rowCount(), kPageRows);
}

qint64 ArrayTableModel::columnPageCount() const
{
    return pagesFor(m_slice.columnCount(), columnsPerPage());
}

bool ArrayTableModel::setPage(qint64 rowPage, qint64 columnPage)
{
    if (rowPage < 0 || columnPage < 0 || rowPage >= rowPageCount()
        || columnPage >= columnPageCount())
        return false;
    if (rowPage == m_rowPage && columnPage == m_columnPage)
        return true;
    beginResetModel();
    m_rowPage = rowPage;
    m_columnPage = columnPage;
    endResetModel();
    emit pageChanged();
    return true;
}

QModelIndex ArrayTableModel::showCell(qint64 row, qint64 elementColumn)
{
    if (!m_array || row < 0 || row >= m_slice.rowCount() || elementColumn < 0
        || elementColumn >= m_slice.elementColumnCount())
        return {};
    const qint64 column = elementColumn * m_slice.fieldCount();
    if (!setPage(row / kPageRows, column / columnsPerPage()))
        return {};
    return index(int(row - firstRow()), int(column - firstColumn()));
}

void ArrayTableModel::setShowMaskedValues(bool show)
{
    if (show == m_showMaskedValues)
        return;
    m_showMaskedValues = show;
    if (m_mask && rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole });
}

int ArrayTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_array)
        return 0;
    return int(std::clamp<qint64>(m_slice.rowCount() - firstRow(), 0, kPageRows));
}

int ArrayTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_array)
        return 0;
    return int(std::clamp<qint64>(m_slice.columnCount() - firstColumn(), 0, columnsPerPage()));
}

QString ArrayTableModel::formattedCell(qint64 flatIndex, int field) const
{
    const qint64 key = flatIndex * m_slice.fieldCount() + field;
    if (const QString *cached = m_textCache.object(key))
        return *cached;
    // A cell of a text array can hold a whole document: cut as the tree cuts values.
    const QString text = python::cutText(m_slice.text(*m_array, flatIndex, field), Limits().maxShownChars);
    m_textCache.insert(key, new QString(text), int(text.size()) * 2 + 64);
    return text;
}

QString ArrayTableModel::cellText(int row, int column) const
{
    if (!m_array || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QString();
    const qint64 flat = m_slice.flatIndex(sliceRow(row), sliceColumn(column));
    if (!m_showMaskedValues && ArraySlice::isMasked(m_mask.get(), flat))
        return maskedText();
    return formattedCell(flat, m_slice.fieldOfColumn(sliceColumn(column)));
}

QString ArrayTableModel::indexText(const std::vector<qint64> &index) const
{
    QStringList parts;
    for (qint64 position : index)
        parts << QString::number(position);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

QVariant ArrayTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_array)
        return QVariant();
    const qint64 row = sliceRow(index.row());
    const qint64 column = sliceColumn(index.column());
    const int field = m_slice.fieldOfColumn(column);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), index.column());
    case Qt::ToolTipRole: {
        const qint64 flat = m_slice.flatIndex(row, column);
        QString where = indexText(m_slice.elementIndex(row, column));
        if (!m_slice.fields().empty())
            where += QLatin1Char('.') + m_slice.fields()[size_t(field)].name;
        QString tip = where + QLatin1String(" = ") + formattedCell(flat, field);
        if (ArraySlice::isMasked(m_mask.get(), flat))
            tip += QLatin1Char(' ') + tr("(masked)");
        return tip;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_slice.isNumeric(field)
                ? Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)
                : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case SortRole:
        if (m_slice.isNumeric(field))
            return m_slice.value(*m_array, m_slice.flatIndex(row, column), field);
        return formattedCell(m_slice.flatIndex(row, column), field);
    case FlatIndexRole:
        return m_slice.flatIndex(row, column);
    case FieldRole:
        return field;
    case MaskedRole:
        return ArraySlice::isMasked(m_mask.get(), m_slice.flatIndex(row, column));
    default:
        return QVariant();
    }
}

QVariant ArrayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_array || section < 0)
        return QVariant();
    const bool horizontal = orientation == Qt::Horizontal;
    if (section >= (horizontal ? columnCount() : rowCount()))
        return QVariant();
    const qint64 position = horizontal ? sliceColumn(section) : sliceRow(section);
    switch (role) {
    case Qt::DisplayRole:
        return horizontal ? m_slice.columnLabel(position) : m_slice.rowLabel(position);
    case Qt::ToolTipRole: {
        const int axis = horizontal ? m_slice.columnAxis() : m_slice.rowAxis();
        if (axis < 0)
            return horizontal ? m_slice.columnLabel(position) : QVariant();
        const qint64 along = horizontal ? m_slice.elementColumn(position) : position;
        return ArraySlice::axisName(axis) + QLatin1String(" = ") + QString::number(along);
    }
    default:
        return QVariant();
    }
}

} // namespace skops

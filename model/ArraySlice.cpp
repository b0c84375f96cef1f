#include "ArraySlice.h"
#include "ModelText.h"

#include <QCoreApplication>
#include <QStringList>

namespace skops {

namespace {

// "[1]" or "[1, 2]" for a position inside a sub-array of `shape`.
QString subscript(qint64 position, const std::vector<qint64> &shape)
{
    QStringList parts;
    for (size_t k = shape.size(); k-- > 0;) {
        parts.prepend(QString::number(position % shape[k]));
        position /= shape[k];
    }
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

// The bytes of one leaf field inside an element's bytes (empty when the
// element is missing).
QByteArrayView fieldBytes(QByteArrayView element, const ArraySlice::Field &leaf)
{
    const qint64 size = leaf.dtype->itemSize();
    if (leaf.offset < 0 || leaf.offset + size > element.size())
        return QByteArrayView();
    return element.sliced(leaf.offset, size);
}

} // namespace

ArraySlice::ArraySlice(std::vector<qint64> shape, const NpyDtype &dtype)
    : m_shape(std::move(shape))
    , m_strides(m_shape.size(), 1)
    , m_fixed(m_shape.size(), 0)
    , m_numeric(dtype.isNumeric())
{
    for (size_t k = m_shape.size(); k-- > 1;)
        m_strides[k - 1] = m_strides[k] * std::max<qint64>(m_shape[k], 1);
    const int dimensions = dimensionCount();
    if (dimensions == 1) {
        m_rowAxis = 0;
    } else if (dimensions >= 2) {
        m_rowAxis = dimensions - 2;
        m_columnAxis = dimensions - 1;
    }
    if (dtype.isStructured())
        addFields(dtype, QString(), 0);
    updateBase();
}

void ArraySlice::addFields(const NpyDtype &dtype, const QString &prefix, qint64 offset)
{
    for (const NpyDtype::Entry &entry : dtype.entries()) {
        if (entry.isPadding())
            continue;
        const QString name = prefix.isEmpty() ? entry.name : prefix + QLatin1Char('.') + entry.name;
        const NpyDtype &format = *entry.format;
        qint64 count = 1;
        const bool subArray = entry.subShape && !entry.subShape->empty();
        if (subArray) {
            for (qint64 extent : *entry.subShape)
                count *= extent;
        }
        for (qint64 position = 0; position < count; ++position) {
            if (int(m_fields.size()) >= kMaxFields) {
                m_fieldsTruncated = true;
                return;
            }
            const QString leafName = subArray ? name + subscript(position, *entry.subShape) : name;
            const qint64 leafOffset = offset + entry.offset + position * format.itemSize();
            if (format.isStructured())
                addFields(format, leafName, leafOffset);
            else
                m_fields.push_back(Field { leafName, entry.format, leafOffset });
        }
    }
}

bool ArraySlice::setAxes(int rowAxis, int columnAxis)
{
    const int dimensions = dimensionCount();
    if (dimensions < 2 || rowAxis == columnAxis || rowAxis < 0 || columnAxis < 0
        || rowAxis >= dimensions || columnAxis >= dimensions)
        return false;
    m_rowAxis = rowAxis;
    m_columnAxis = columnAxis;
    updateBase();
    return true;
}

bool ArraySlice::isFixedAxis(int axis) const
{
    return axis >= 0 && axis < dimensionCount() && axis != m_rowAxis && axis != m_columnAxis;
}

qint64 ArraySlice::fixedIndex(int axis) const
{
    return isFixedAxis(axis) ? m_fixed[size_t(axis)] : 0;
}

bool ArraySlice::setFixedIndex(int axis, qint64 index)
{
    if (!isFixedAxis(axis) || index < 0 || index >= m_shape[size_t(axis)])
        return false;
    m_fixed[size_t(axis)] = index;
    updateBase();
    return true;
}

void ArraySlice::updateBase()
{
    m_base = 0;
    for (int axis = 0; axis < dimensionCount(); ++axis) {
        if (isFixedAxis(axis))
            m_base += m_fixed[size_t(axis)] * m_strides[size_t(axis)];
    }
}

bool ArraySlice::hasEmptyFixedAxis() const
{
    for (int axis = 0; axis < dimensionCount(); ++axis) {
        if (isFixedAxis(axis) && m_shape[size_t(axis)] == 0)
            return true;
    }
    return false;
}

qint64 ArraySlice::rowCount() const
{
    if (m_rowAxis < 0)
        return 1;
    return hasEmptyFixedAxis() ? 0 : m_shape[size_t(m_rowAxis)];
}

qint64 ArraySlice::elementColumnCount() const
{
    return m_columnAxis < 0 ? 1 : m_shape[size_t(m_columnAxis)];
}

qint64 ArraySlice::flatIndex(qint64 row, qint64 column) const
{
    const qint64 elementColumnIndex = elementColumn(column);
    if (row < 0 || column < 0 || row >= rowCount() || elementColumnIndex >= elementColumnCount())
        return -1;
    qint64 index = m_base;
    if (m_rowAxis >= 0)
        index += row * m_strides[size_t(m_rowAxis)];
    if (m_columnAxis >= 0)
        index += elementColumnIndex * m_strides[size_t(m_columnAxis)];
    return index;
}

std::vector<qint64> ArraySlice::elementIndex(qint64 row, qint64 column) const
{
    std::vector<qint64> index = m_fixed;
    if (m_rowAxis >= 0)
        index[size_t(m_rowAxis)] = row;
    if (m_columnAxis >= 0)
        index[size_t(m_columnAxis)] = elementColumn(column);
    return index;
}

QString ArraySlice::rowLabel(qint64 row) const
{
    return QString::number(row);
}

QString ArraySlice::columnLabel(qint64 column) const
{
    const QString element = QString::number(elementColumn(column));
    if (m_fields.empty())
        return m_columnAxis < 0 ? ModelText::tr("value") : element;
    const QString &field = m_fields[size_t(fieldOfColumn(column))].name;
    return m_columnAxis < 0 ? field : element + QLatin1String(": ") + field;
}

QString ArraySlice::axisName(int axis)
{
    return ModelText::tr("axis %1").arg(axis);
}

QString ArraySlice::text(const NpyArray &array, qint64 flatIndex, int field) const
{
    if (m_fields.empty())
        return array.toText(flatIndex);
    const Field &leaf = m_fields[size_t(field)];
    return NpyArray::valueText(*leaf.dtype, fieldBytes(array.elementBytes(flatIndex), leaf));
}

double ArraySlice::value(const NpyArray &array, qint64 flatIndex, int field) const
{
    if (m_fields.empty())
        return array.toDouble(flatIndex);
    const Field &leaf = m_fields[size_t(field)];
    return NpyArray::valueDouble(*leaf.dtype, fieldBytes(array.elementBytes(flatIndex), leaf));
}

bool ArraySlice::isNumeric(int field) const
{
    if (m_fields.empty())
        return m_numeric;
    return field >= 0 && field < int(m_fields.size()) && m_fields[size_t(field)].dtype->isNumeric();
}

bool ArraySlice::maskFits(const NpyArray &data, const NpyArray &mask)
{
    return mask.dtype().kind() == NpyDtype::Kind::Bool
        && (mask.shape().empty() || mask.shape() == data.shape());
}

bool ArraySlice::isMasked(const NpyArray *mask, qint64 flatIndex)
{
    if (!mask)
        return false;
    return mask->toInt64(mask->shape().empty() ? 0 : flatIndex) != 0;
}

} // namespace skops

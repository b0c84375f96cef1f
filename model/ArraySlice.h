#pragma once

#include "NpyArray.h"
#include "NpyDtype.h"

#include <QString>

#include <memory>
#include <vector>

namespace skops {

// What a two-dimensional table shows of an N-d array: the axis that runs
// down the rows, the axis that runs across the columns, and an index for
// every other axis; for structured dtypes one column per leaf field of each
// element. Maps a table cell to the element's flat row-major (C order) index
// and its field. A 0-d array is one cell, a 1-d array one column (per field).
class ArraySlice
{
public:
    // A leaf of a structured dtype: nested records and sub-arrays are
    // flattened into names such as "b.c" and "a[1]" (padding is skipped).
    struct Field
    {
        QString name;
        std::shared_ptr<const NpyDtype> dtype;
        qint64 offset = 0; // inside the record
    };

    // Structured dtypes with more leaves than this show the first ones only.
    static constexpr int kMaxFields = 4096;

    ArraySlice() = default;
    // The default view: the last two axes as rows and columns, every other
    // axis at index 0 (how numpy prints an array).
    ArraySlice(std::vector<qint64> shape, const NpyDtype &dtype);

    const std::vector<qint64> &shape() const { return m_shape; }
    int dimensionCount() const { return int(m_shape.size()); }
    int rowAxis() const { return m_rowAxis; } // -1 for a 0-d array
    int columnAxis() const { return m_columnAxis; } // -1 below two dimensions
    // Two different axes of an array with at least two dimensions.
    bool setAxes(int rowAxis, int columnAxis);
    bool isFixedAxis(int axis) const;
    qint64 fixedIndex(int axis) const;
    // Sets the index of an axis that is neither the row nor the column axis.
    bool setFixedIndex(int axis, qint64 index);

    qint64 rowCount() const;
    // Elements across (1 below two dimensions).
    qint64 elementColumnCount() const;
    const std::vector<Field> &fields() const { return m_fields; }
    bool fieldsTruncated() const { return m_fieldsTruncated; }
    // Columns per element: the leaf fields, or 1 for a plain dtype.
    int fieldCount() const { return m_fields.empty() ? 1 : int(m_fields.size()); }
    // Table columns: elementColumnCount() × fieldCount().
    qint64 columnCount() const { return elementColumnCount() * fieldCount(); }
    qint64 elementColumn(qint64 column) const { return column / fieldCount(); }
    int fieldOfColumn(qint64 column) const { return int(column % fieldCount()); }

    // The flat row-major index of the element in a table cell, -1 outside.
    qint64 flatIndex(qint64 row, qint64 column) const;
    // The index along every axis of the element in a table cell.
    std::vector<qint64> elementIndex(qint64 row, qint64 column) const;

    QString rowLabel(qint64 row) const;
    // "value" for plain 0-d and 1-d arrays, the element index across
    // otherwise; field names for structured dtypes ("id", "3: id").
    QString columnLabel(qint64 column) const;
    // "axis 0" for the row axis etc., for tooltips and CSV headers.
    static QString axisName(int axis);

    // The value of one field of one element (field 0 of a plain dtype).
    QString text(const NpyArray &array, qint64 flatIndex, int field) const;
    double value(const NpyArray &array, qint64 flatIndex, int field) const;
    bool isNumeric(int field) const;

    // numpy.ma semantics: a bool mask of the data's shape, or a 0-d bool
    // that masks everything or nothing.
    static bool maskFits(const NpyArray &data, const NpyArray &mask);
    static bool isMasked(const NpyArray *mask, qint64 flatIndex);

private:
    void addFields(const NpyDtype &dtype, const QString &prefix, qint64 offset);
    void updateBase();
    bool hasEmptyFixedAxis() const;

    std::vector<qint64> m_shape;
    std::vector<qint64> m_strides; // row-major, in elements
    std::vector<qint64> m_fixed; // per axis; ignored for the row and column axes
    int m_rowAxis = -1;
    int m_columnAxis = -1;
    qint64 m_base = 0; // flat index of the table's (0, 0)
    bool m_numeric = false;
    std::vector<Field> m_fields;
    bool m_fieldsTruncated = false;
};

} // namespace skops

#pragma once

#include "SparseMatrix.h"

#include <QWidget>

#include <memory>

class ArrayView;
class QComboBox;
class QLabel;

// A scipy sparse matrix: format, shape, dtype, stored values (nnz) and
// density, and its component arrays (data, indices, indptr, row, col,
// offsets ...) one at a time in an ArrayView.
class SparseMatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit SparseMatrixView(QWidget *parent = nullptr);

    // `name` leads the summary and names exported files.
    void setMatrix(std::shared_ptr<const skops::SparseMatrix> matrix, const QString &name = QString());
    void clear();
    std::shared_ptr<const skops::SparseMatrix> matrix() const { return m_matrix; }

    QString summaryText() const;
    QComboBox *componentChooser() const { return m_component; }
    ArrayView *arrayView() const { return m_arrayView; }
    // Shows the component with this key ("data", "indices", ...).
    bool showComponent(const QString &key);

    // Stored entries over rows × columns; NaN for an empty shape.
    static double density(const skops::SparseMatrix &matrix);

private:
    void onComponentChosen();

    std::shared_ptr<const skops::SparseMatrix> m_matrix;
    QString m_name;
    QLabel *m_summary = nullptr;
    QComboBox *m_component = nullptr;
    ArrayView *m_arrayView = nullptr;
};

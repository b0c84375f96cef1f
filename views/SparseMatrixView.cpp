#include "SparseMatrixView.h"

#include "ArrayView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using skops::NpyArray;
using skops::SparseMatrix;

namespace {

// The .npy member name without its extension: "indptr.npy" → "indptr".
QString componentKey(const QString &memberName)
{
    return memberName.endsWith(QLatin1String(".npy")) ? memberName.chopped(4) : memberName;
}

} // namespace

SparseMatrixView::SparseMatrixView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_component(new QComboBox(this))
    , m_arrayView(new ArrayView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText);
    m_component->setToolTip(tr("The stored array of the matrix to show"));
    connect(m_component, &QComboBox::currentIndexChanged, this, &SparseMatrixView::onComponentChosen);

    auto *componentRow = new QHBoxLayout;
    componentRow->addWidget(new QLabel(tr("Component:"), this));
    componentRow->addWidget(m_component);
    componentRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(componentRow);
    layout->addWidget(m_arrayView, 1);
}

double SparseMatrixView::density(const SparseMatrix &matrix)
{
    const double cells = double(matrix.rows()) * double(matrix.columns());
    if (cells <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return double(std::max<qint64>(matrix.nnz(), 0)) / cells;
}

void SparseMatrixView::setMatrix(std::shared_ptr<const SparseMatrix> matrix, const QString &name)
{
    m_matrix = std::move(matrix);
    m_name = name;
    {
        const QSignalBlocker blocker(m_component);
        m_component->clear();
        if (m_matrix) {
            for (const SparseMatrix::Member &member : m_matrix->members())
                m_component->addItem(componentKey(member.name));
        }
    }
    if (!m_matrix) {
        m_summary->setText(tr("No sparse matrix."));
        m_arrayView->clear();
        return;
    }
    const QLocale locale;
    const SparseMatrix &sparse = *m_matrix;
    QStringList parts;
    if (!m_name.isEmpty())
        parts << m_name;
    parts << tr("%1 matrix").arg(sparse.formatName());
    parts << tr("shape %1 × %2").arg(locale.toString(sparse.rows()), locale.toString(sparse.columns()));
    parts << tr("dtype %1").arg(sparse.data().dtype().name());
    parts << tr("%1 stored values").arg(locale.toString(sparse.nnz()));
    const double fraction = density(sparse);
    parts << (std::isnan(fraction)
            ? tr("density undefined (empty shape)")
            : tr("density %1 %").arg(locale.toString(fraction * 100, 'g', 4)));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    if (!showComponent(QStringLiteral("data")))
        onComponentChosen();
}

void SparseMatrixView::clear()
{
    setMatrix(nullptr);
}

QString SparseMatrixView::summaryText() const
{
    return m_summary->text();
}

bool SparseMatrixView::showComponent(const QString &key)
{
    const int index = m_component->findText(key);
    if (index < 0)
        return false;
    if (index == m_component->currentIndex())
        onComponentChosen();
    else
        m_component->setCurrentIndex(index);
    return true;
}

void SparseMatrixView::onComponentChosen()
{
    const int index = m_component->currentIndex();
    if (!m_matrix || index < 0 || index >= int(m_matrix->members().size())) {
        m_arrayView->clear();
        return;
    }
    // The array shares the matrix's storage; the alias keeps the matrix alive.
    const SparseMatrix::Member &member = m_matrix->members()[size_t(index)];
    const std::shared_ptr<const NpyArray> array(m_matrix, &member.array);
    const QString key = componentKey(member.name);
    m_arrayView->setArray(array, nullptr, m_name.isEmpty() ? key : m_name + QLatin1Char('.') + key);
}

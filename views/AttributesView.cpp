#include "AttributesView.h"

#include "AttributeTableModel.h"
#include "ItemViewCopy.h"
#include "ModelRoles.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using skops::AttributeTableModel;

namespace {

QString sizeText(qint64 bytes)
{
    const QLocale locale;
    return AttributesView::tr("%1 (%2 bytes)")
        .arg(locale.formattedDataSize(bytes), locale.toString(bytes));
}

} // namespace

AttributesView::AttributesView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_total(new QLabel(this))
    , m_model(new AttributeTableModel(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(AttributeTableModel::NameColumn, 170);
    m_table->horizontalHeader()->resizeSection(AttributeTableModel::TypeColumn, 170);
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *copy = new QAction(tr("Copy rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { itemviewcopy::copySelection(m_table); });
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit nodeActivated(skops::NodeId(index.data(skops::NodeIdRole).toUInt()),
            index.data(skops::PathRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_total);
}

AttributesView::~AttributesView() = default;

void AttributesView::setEstimator(
    std::shared_ptr<const skops::SkopsFile> file, skops::NodeId estimator)
{
    const bool hasFile = file != nullptr;
    m_model->setEstimator(std::move(file), estimator);
    if (!hasFile) {
        m_total->clear();
        return;
    }
    m_total->setText(
        tr("Fitted attributes: %1. Whole model (schema.json and every array and member): %2.")
            .arg(sizeText(m_model->attributesBytes()), sizeText(m_model->totalModelBytes())));
}

void AttributesView::clear()
{
    setEstimator(nullptr, skops::kNoNode);
}

QString AttributesView::totalText() const
{
    return m_total->text();
}

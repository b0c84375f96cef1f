#include "ParametersView.h"

#include "ItemViewCopy.h"
#include "ModelRoles.h"
#include "ParameterTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

using skops::ParameterTableModel;

namespace {

// Bold text on a tint of the highlight colour for values changed from the
// default; struck-out grey text for rows an edit removes, grey for rows
// that go with a node replaced by None. Values are edited as JSON text in
// a line edit, and handed to `commit` rather than written into the model.
class ParameterDelegate : public QStyledItemDelegate
{
public:
    using Commit = std::function<void(const QModelIndex &index, const QString &typed)>;

    ParameterDelegate(Commit commit, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_commit(std::move(commit))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QLineEdit(parent);
        editor->setToolTip(ParametersView::tr(
            "JSON: a number, true, false, null or \"text\" in quotes; a bare word is taken as text"));
        return editor;
    }

    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            m_commit(index, line->text());
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto pending = ParameterTableModel::PendingEdit(index.data(ParameterTableModel::PendingEditRole).toInt());
        if (pending == ParameterTableModel::Removed || pending == ParameterTableModel::InsideNulled) {
            option->font.setStrikeOut(pending == ParameterTableModel::Removed);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
            return;
        }
        if (!index.data(ParameterTableModel::ChangedFromDefaultRole).toBool())
            return;
        option->font.setBold(true);
        QColor tint = option->palette.color(QPalette::Highlight);
        tint.setAlpha(48);
        option->backgroundBrush = tint;
    }

private:
    Commit m_commit;
};

} // namespace

ParametersView::ParametersView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ParameterTableModel(this))
{
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ParameterDelegate(
        [this](const QModelIndex &index, const QString &typed) { requestValue(index, typed); }, m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed starting widths: a long value would make a fitted column unusably wide.
    m_table->horizontalHeader()->resizeSection(ParameterTableModel::NameColumn, 160);
    m_table->horizontalHeader()->resizeSection(ParameterTableModel::ValueColumn, 220);
    m_table->horizontalHeader()->resizeSection(ParameterTableModel::TypeColumn, 110);

    m_copyNameAction = new QAction(tr("Copy parameter name"), this);
    m_copyNameAction->setToolTip(tr("Copy the name set_params takes, e.g. clf__C"));
    m_copyValueAction = new QAction(tr("Copy value"), this);
    m_copySelectionAction = new QAction(tr("Copy rows"), this);
    m_editValueAction = new QAction(tr("Edit value for export"), this);
    m_editValueAction->setToolTip(tr("Change the value written by Save As and Export Cleaned; the file itself "
                                     "is not changed"));
    m_copySelectionAction->setShortcut(QKeySequence::Copy);
    m_copySelectionAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyNameAction, &QAction::triggered, this, &ParametersView::copyParameterName);
    connect(m_copyValueAction, &QAction::triggered, this, &ParametersView::copyValue);
    connect(m_copySelectionAction, &QAction::triggered, this,
        [this] { itemviewcopy::copySelection(m_table); });
    connect(m_editValueAction, &QAction::triggered, this, &ParametersView::editValue);
    m_table->addAction(m_copyNameAction);
    m_table->addAction(m_copyValueAction);
    m_table->addAction(m_copySelectionAction);
    m_table->addAction(m_editValueAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit nodeActivated(skops::NodeId(index.data(skops::NodeIdRole).toUInt()),
            index.data(skops::PathRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParametersView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ParametersView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ParametersView::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_table);
    updateActions();
}

ParametersView::~ParametersView() = default;

void ParametersView::setEstimator(
    std::shared_ptr<const skops::SkopsFile> file, skops::NodeId estimator)
{
    m_model->setEstimator(std::move(file), estimator);
    m_header->setText(m_model->statusText());
}

void ParametersView::clear()
{
    setEstimator(nullptr, skops::kNoNode);
}

QString ParametersView::headerText() const
{
    return m_header->text();
}

void ParametersView::copyParameterName()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(m_model->setParamsName(current.row()));
}

void ParametersView::copyValue()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(m_model->valueText(current.row()));
}

void ParametersView::setPendingEdits(std::vector<skops::ExportEdit> edits)
{
    m_model->setPendingEdits(std::move(edits));
}

void ParametersView::editValue()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_table->edit(current.siblingAtColumn(ParameterTableModel::ValueColumn));
}

void ParametersView::requestValue(const QModelIndex &index, const QString &typed)
{
    const QString json = ParameterTableModel::jsonForTypedText(typed);
    if (json == index.data(Qt::EditRole).toString())
        return;
    emit editRequested(skops::ExportEdit::setValue(index.data(skops::PathRole).toString(), json));
}

void ParametersView::updateActions()
{
    const bool hasRow = m_table->currentIndex().isValid();
    m_editValueAction->setEnabled(hasRow && m_model->isValueEditable(m_table->currentIndex().row()));
    m_copyNameAction->setEnabled(hasRow);
    m_copyValueAction->setEnabled(hasRow);
    m_copySelectionAction->setEnabled(m_model->rowCount() > 0);
}

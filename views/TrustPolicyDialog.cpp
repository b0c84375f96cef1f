#include "TrustPolicyDialog.h"

#include "PythonText.h"
#include "TrustPalette.h"
#include "TrustProfile.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

using namespace skops;

namespace {

constexpr int kEntryNameRole = Qt::UserRole;

// Enter in the add fields adds the entry instead of pressing OK.
class ReturnFilter : public QObject
{
public:
    ReturnFilter(QObject *parent, std::function<void()> onReturn)
        : QObject(parent)
        , m_onReturn(std::move(onReturn))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onReturn();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onReturn;
};

} // namespace

QString TrustPolicyDialog::savedProfile()
{
    const QString name = QSettings().value(profileSettingKey(), TrustProfile::defaultName()).toString();
    return TrustProfile::builtinNames().contains(name) ? name : TrustProfile::defaultName();
}

TrustPolicyDialog::TrustPolicyDialog(PolicyStore store, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_initialProfile(savedProfile())
    , m_table(new QTableWidget(0, ColumnCount))
    , m_name(new QLineEdit)
    , m_note(new QLineEdit)
    , m_add(new QPushButton(tr("&Add")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_profile(new QComboBox)
    , m_message(new QLabel)
{
    setWindowTitle(tr("Trust policy"));

    for (const QString &name : TrustProfile::builtinNames()) {
        const auto profile = TrustProfile::builtin(name);
        const QString versions = profile.ok() ? profile.value()->versions() : QString();
        m_profile->addItem(versions.isEmpty() ? name : tr("%1 — %2").arg(name, versions), name);
    }
    m_profile->setCurrentIndex(m_profile->findData(m_initialProfile));
    auto *profileLabel = new QLabel(tr("Built-in &allow-list:"));
    profileLabel->setBuddy(m_profile);
    auto *profileHint = new QLabel(tr("The names skops trusts by default depend on the scikit-learn, "
                                      "numpy and scipy versions where the model is loaded; choose "
                                      "that environment, or the union of both."));
    profileHint->setWordWrap(true);

    auto *policyHint = new QLabel(
        tr("Names you approved and remembered, kept in %1 and never in a model file. A prefix rule "
           "such as <code>mycompany.models.*</code> approves every name under that module path.")
            .arg(m_store.path().toHtmlEscaped()));
    policyHint->setWordWrap(true);
    policyHint->setTextFormat(Qt::RichText);

    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Rule"), tr("Note"), tr("Added")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AddedColumn, QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false);

    m_name->setPlaceholderText(tr("module.Name or module.prefix.*"));
    m_note->setPlaceholderText(tr("why it is trusted"));
    auto *importButton = new QPushButton(tr("&Import…"));
    auto *exportButton = new QPushButton(tr("E&xport…"));
    importButton->setToolTip(tr("Add the entries of a policy file, keeping yours."));
    exportButton->setToolTip(tr("Save these entries to a file to share them."));

    auto *addForm = new QFormLayout;
    addForm->addRow(tr("&Name:"), m_name);
    addForm->addRow(tr("N&ote:"), m_note);
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(m_add);
    entryButtons->addWidget(m_remove);
    entryButtons->addStretch(1);
    entryButtons->addWidget(importButton);
    entryButtons->addWidget(exportButton);

    m_message->setWordWrap(true);
    m_message->hide();

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profile, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profileRow);
    layout->addWidget(profileHint);
    layout->addWidget(policyHint);
    layout->addWidget(m_table, 1);
    layout->addLayout(addForm);
    layout->addLayout(entryButtons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    auto *returnAdds = new ReturnFilter(this, [this] { addEntry(); });
    m_name->installEventFilter(returnAdds);
    m_note->installEventFilter(returnAdds);
    connect(m_name, &QLineEdit::textChanged, this, &TrustPolicyDialog::validateName);
    connect(m_add, &QPushButton::clicked, this, &TrustPolicyDialog::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &TrustPolicyDialog::removeSelected);
    connect(importButton, &QPushButton::clicked, this, &TrustPolicyDialog::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &TrustPolicyDialog::chooseExport);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &TrustPolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrustPolicyDialog::reject);

    auto loaded = m_store.load();
    if (loaded.ok())
        m_policy = std::move(loaded).value();
    else
        showMessage(tr("Your saved policy cannot be read (%1). OK replaces it with the entries shown here.")
                        .arg(loaded.error().message),
                    true);
    fillTable();
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
    resize(760, 520);
}

QString TrustPolicyDialog::selectedProfile() const
{
    return m_profile->currentData().toString();
}

void TrustPolicyDialog::fillTable()
{
    m_table->setRowCount(int(m_policy.entries().size()));
    int row = 0;
    for (const TrustPolicyEntry &entry : m_policy.entries()) {
        auto *name = new QTableWidgetItem(python::escapeForDisplay(entry.name));
        name->setData(kEntryNameRole, entry.name);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, RuleColumn,
                         new QTableWidgetItem(entry.isPrefixRule() ? tr("prefix rule") : tr("exact name")));
        m_table->setItem(row, NoteColumn, new QTableWidgetItem(python::escapeForDisplay(entry.note)));
        m_table->setItem(row, AddedColumn,
                         new QTableWidgetItem(entry.added.isValid() ? entry.added.toString(Qt::ISODate) : QString()));
        ++row;
    }
}

void TrustPolicyDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: %1").arg(TrustPalette::color(TrustState::Untrusted).name())
                                     : QString());
    m_message->setVisible(!text.isEmpty());
}

void TrustPolicyDialog::validateName()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_add->setEnabled(false);
        showMessage(QString(), false);
        return;
    }
    QString problem = TrustPolicy::entryProblem(name);
    if (problem.isEmpty() && m_policy.contains(name))
        problem = tr("\"%1\" is already in the policy").arg(name);
    m_add->setEnabled(problem.isEmpty());
    showMessage(problem, !problem.isEmpty());
}

void TrustPolicyDialog::addEntry()
{
    validateName();
    if (!m_add->isEnabled())
        return;
    const QString name = m_name->text().trimmed();
    const Status added = m_policy.add(TrustPolicyEntry{name, m_note->text().trimmed(), QDate::currentDate()});
    if (!added.ok()) {
        showMessage(added.error().message, true);
        return;
    }
    fillTable();
    m_name->clear();
    m_note->clear();
    showMessage(tr("Added %1.").arg(name), false);
    m_name->setFocus();
}

void TrustPolicyDialog::removeSelected()
{
    QStringList names;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(NameColumn))
        names << index.data(kEntryNameRole).toString();
    for (const QString &name : names)
        m_policy.remove(name);
    fillTable();
    showMessage(tr("Removed %n entry(s).", nullptr, int(names.size())), false);
}

Status TrustPolicyDialog::importFrom(const QString &path)
{
    auto other = TrustPolicy::load(path);
    if (!other.ok()) {
        showMessage(tr("Nothing imported: %1").arg(other.error().message), true);
        return other.error();
    }
    const int added = m_policy.merge(other.value());
    fillTable();
    showMessage(tr("Imported %n new entry(s) from %1.", nullptr, added).arg(path), false);
    return Status();
}

Status TrustPolicyDialog::exportTo(const QString &path) const
{
    return m_policy.save(path);
}

void TrustPolicyDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import trust policy"), QString(),
                                                      tr("Trust policies (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void TrustPolicyDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export trust policy"),
                                                      QStringLiteral("trust-policy.json"),
                                                      tr("Trust policies (*.json)"));
    if (path.isEmpty())
        return;
    const Status saved = exportTo(path);
    showMessage(saved.ok() ? tr("Exported %n entry(s) to %1.", nullptr, int(m_policy.entries().size())).arg(path)
                           : tr("Not exported: %1").arg(saved.error().message),
                !saved.ok());
}

void TrustPolicyDialog::accept()
{
    auto saved = m_store.load();
    const bool changed = !saved.ok() || saved.value().toJson() != m_policy.toJson();
    if (changed) {
        const Status status = m_store.save(m_policy);
        if (!status.ok()) {
            showMessage(tr("The policy was not saved: %1").arg(status.error().message), true);
            return;
        }
    }
    const QString profile = selectedProfile();
    if (profile != m_initialProfile)
        QSettings().setValue(profileSettingKey(), profile);
    QDialog::accept();
    if (changed)
        emit policySaved();
    if (profile != m_initialProfile)
        emit profileChanged(profile);
}

#pragma once

#include "ExportEdit.h"
#include "ModelRoles.h"
#include "SklearnDefaults.h"
#include "SkopsFile.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace skops {

// The constructor parameters of one estimator (the keys of its state that
// neither start nor end with "_"), in file order, next to scikit-learn's
// defaults for the closest scikit-learn version. Columns: Name, Value, Type,
// Default. A view styles the rows whose ChangedFromDefaultRole is true.
class ParameterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, TypeColumn, DefaultColumn, ColumnCount };
    enum Role {
        ChangedFromDefaultRole = Qt::UserRole + 0x100, // bool: the value differs from the default
        ComparisonRole, // int: a SklearnDefaults::Comparison
        SetParamsNameRole, // QString: the name set_params takes
        PendingEditRole, // int: a PendingEdit
    };

    // What the pending edits (setPendingEdits) do to a row on export.
    enum PendingEdit {
        NotEdited,
        ValueSet,      // gets a new value
        Nulled,        // becomes None
        Removed,       // left out, itself or with something above it
        InsideNulled,  // something above it becomes None
    };

    // Where get_params(deep=True) of an estimator reaches a nested one.
    struct SetParamsPath
    {
        NodeId owner = kNoNode; // the outermost estimator whose set_params takes the name
        QString prefix; // e.g. "estimator__clf__", "" for the owner itself
    };

    explicit ParameterTableModel(QObject *parent = nullptr);
    ~ParameterTableModel() override;

    // Shows the parameters of `estimator`; a node without a state dict shows none.
    void setEstimator(std::shared_ptr<const SkopsFile> file, NodeId estimator);
    void clear();
    NodeId estimator() const { return m_estimator; }

    // The parameter's name as set_params of setParamsOwner() takes it, e.g. "clf__C".
    QString setParamsName(int row) const;
    NodeId setParamsOwner() const { return m_setParams.owner; }
    // The full Python value text of a row (the Value column may be shortened).
    QString valueText(int row) const;
    SklearnDefaults::Comparison comparison(int row) const;

    // scikit-learn version of the defaults used, "" when there are none.
    QString defaultsVersion() const;
    // The estimator's `_sklearn_version` (or its nearest ancestor's), "" if none is stored.
    QString modelVersion() const { return m_modelVersion; }
    bool versionDiffers() const;
    // One line for a header: the defaults' version, and a warning when the
    // model was saved with another scikit-learn or the class is unknown.
    QString statusText() const;

    // How set_params reaches `estimator` from the outermost estimator above
    // it: through parameters holding an estimator (`estimator`, ...) and the
    // named (name, estimator) lists of Pipeline, ColumnTransformer, FeatureUnion,
    // Voting and Stacking. A fitted attribute (`best_estimator_`) starts anew.
    static SetParamsPath setParamsPath(const NodeTree &tree, NodeId estimator);
    // A key scikit-learn treats as a constructor parameter.
    static bool isParameterName(std::string_view key);

    // Edits waiting for an export (paths of this file, in order): the
    // Value column shows what a row will hold, marked with "✎ ".
    void setPendingEdits(std::vector<ExportEdit> edits);
    PendingEdit pendingEdit(int row) const;
    // A value can be edited where it is a JSON primitive (number, string,
    // boolean, None) that no pending edit took away; EditRole gives it as JSON.
    bool isValueEditable(int row) const;
    // Text typed for a value, as JSON: true, false, null, a number and a
    // string in double quotes stand for themselves; anything else (a bare
    // word) is taken as a string.
    static QString jsonForTypedText(const QString &typed);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        NodeId node = kNoNode;
        QString path; // JSON pointer of this occurrence
        QString value;
        QString json; // a primitive value as JSON, "" for anything else
        QString type;
        QString defaultText;
        SklearnDefaults::Comparison comparison = SklearnDefaults::Comparison::NoDefault;
    };

    struct RowEdit
    {
        PendingEdit state = NotEdited;
        QString json; // ValueSet: the new value
    };

    QString comparisonToolTip(const Row &row) const;
    QString pendingToolTip(int row) const;
    void applyPendingEdits();

    std::shared_ptr<const SkopsFile> m_file;
    NodeId m_estimator = kNoNode;
    const SklearnDefaults *m_defaults = nullptr;
    bool m_classKnown = false;
    QString m_modelVersion;
    SetParamsPath m_setParams;
    std::vector<Row> m_rows;
    std::vector<ExportEdit> m_pending;
    std::vector<RowEdit> m_rowEdits; // parallel to m_rows
};

} // namespace skops

// The array table: every oracle array of both corpora shows its first
// row-major elements (skops' `first` values, parsed back from the cells),
// N-d slicing gives the elements computed by hand from the raw bytes, and
// structured dtypes get one column per field. A QAbstractItemModelTester
// watches every model from before it gets data.
#include "ArraySlice.h"
#include "ArrayTableModel.h"
#include "ArchiveBuilder.h"
#include "Limits.h"
#include "NpyArray.h"
#include "TestData.h"
#include "ZipArchive.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>

using namespace skops;
using json = nlohmann::json;

namespace {

struct ArrayRow
{
    QString archivePath;
    json expected;
};

MemberBytes readMember(const QString &archivePath, const QString &name)
{
    const auto archive = ZipArchive::openFile(archivePath);
    if (!archive)
        qFatal("cannot open %s: %s", qPrintable(archivePath), qPrintable(archive.error().message));
    const ZipMember *member = archive.value()->find(name);
    if (!member)
        qFatal("no member %s in %s", qPrintable(name), qPrintable(archivePath));
    const auto bytes = archive.value()->read(*member);
    if (!bytes)
        qFatal("cannot read %s: %s", qPrintable(name), qPrintable(bytes.error().message));
    return bytes.value();
}

std::shared_ptr<const NpyArray> arrayOf(const MemberBytes &bytes)
{
    auto array = NpyArray::fromMember(bytes);
    if (!array)
        qFatal("array did not parse: %s", qPrintable(array.error().message));
    return std::make_shared<const NpyArray>(std::move(array).value());
}

std::shared_ptr<const NpyArray> arrayOf(const QByteArray &npyBytes)
{
    return arrayOf(MemberBytes::fromByteArray(npyBytes));
}

QByteArray header(const char *descr, const char *shape, bool fortran = false)
{
    return QByteArray("{'descr': ") + descr + ", 'fortran_order': " + (fortran ? "True" : "False")
        + ", 'shape': " + shape + ", }";
}

template<typename T> QByteArray rawBytes(const std::vector<T> &values)
{
    return QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(T)));
}

// A complex number as numpy prints it: "(1+2j)", "2j", "(-0-0.5j)".
bool parseComplex(QString text, double &real, double &imag)
{
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')')))
        text = text.mid(1, text.size() - 2);
    if (!text.endsWith(QLatin1Char('j')))
        return false;
    text.chop(1);
    // The imaginary part starts at the last sign that is not an exponent's.
    qsizetype split = -1;
    for (qsizetype i = text.size() - 1; i > 0; --i) {
        const QChar c = text[i];
        if ((c == QLatin1Char('+') || c == QLatin1Char('-'))
            && text[i - 1].toLower() != QLatin1Char('e')) {
            split = i;
            break;
        }
    }
    bool ok = true;
    if (split < 0) {
        real = 0;
        imag = text.toDouble(&ok);
        return ok;
    }
    bool realOk = false;
    real = text.left(split).toDouble(&realOk);
    imag = text.mid(split).toDouble(&ok);
    return ok && realOk;
}

double oracleDouble(const json &value)
{
    if (value.is_string()) {
        const std::string text = value.get<std::string>();
        if (text == "nan")
            return std::numeric_limits<double>::quiet_NaN();
        if (text == "inf")
            return std::numeric_limits<double>::infinity();
        if (text == "-inf")
            return -std::numeric_limits<double>::infinity();
    }
    return value.get<double>();
}

// Both values rounded to the precision of a float of `itemSize` bytes.
bool sameFloat(double a, double b, qint64 itemSize)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (itemSize == 2)
        return qfloat16(float(a)) == qfloat16(float(b));
    if (itemSize == 4)
        return float(a) == float(b);
    return a == b;
}

// Compares a cell's text with an oracle value of that dtype by parsing the
// text back into a value; returns why they differ, or "" when they agree.
QString cellDifference(const QString &cell, const json &expected, const NpyDtype &dtype)
{
    const QString expectedText = QString::fromStdString(expected.dump());
    const auto differ = [&](const char *why) {
        return QStringLiteral("%1: cell \"%2\", oracle %3").arg(QLatin1String(why), cell, expectedText);
    };
    bool ok = false;
    switch (dtype.kind()) {
    case NpyDtype::Kind::Bool:
        return cell == (expected.get<bool>() ? QLatin1String("True") : QLatin1String("False"))
            ? QString()
            : differ("bool");
    case NpyDtype::Kind::SignedInt:
        return cell.toLongLong(&ok) == expected.get<qint64>() && ok ? QString() : differ("int");
    case NpyDtype::Kind::UnsignedInt:
        return cell.toULongLong(&ok) == expected.get<quint64>() && ok ? QString() : differ("uint");
    case NpyDtype::Kind::Timedelta:
        // "<count> <unit>"
        return cell.section(QLatin1Char(' '), 0, 0).toLongLong(&ok) == expected.get<qint64>() && ok
            ? QString()
            : differ("timedelta count");
    case NpyDtype::Kind::Float: {
        if (dtype.isExtendedPrecision()) {
            const long double a = std::strtold(cell.toLatin1().constData(), nullptr);
            const long double b = std::strtold(expected.get<std::string>().c_str(), nullptr);
            return a == b || (std::isnan(a) && std::isnan(b)) ? QString() : differ("longdouble");
        }
        const double value = cell.toDouble(&ok);
        return ok && sameFloat(value, oracleDouble(expected), dtype.itemSize()) ? QString()
                                                                                : differ("float");
    }
    case NpyDtype::Kind::Complex: {
        double real = 0;
        double imag = 0;
        if (!parseComplex(cell, real, imag))
            return differ("complex syntax");
        const qint64 partSize = dtype.itemSize() / 2;
        return sameFloat(real, oracleDouble(expected[0]), partSize)
                && sameFloat(imag, oracleDouble(expected[1]), partSize)
            ? QString()
            : differ("complex");
    }
    case NpyDtype::Kind::Void:
        return cell == QString::fromLatin1(QString::fromStdString(expected.get<std::string>()).toLatin1().toHex(' '))
            ? QString()
            : differ("void bytes");
    case NpyDtype::Kind::Unicode:
    case NpyDtype::Kind::Bytes:
    case NpyDtype::Kind::Datetime:
        return cell == QString::fromStdString(expected.get<std::string>()) ? QString() : differ("text");
    case NpyDtype::Kind::Structured:
        return differ("a record is not a leaf");
    }
    return differ("unknown kind");
}

// The leaves of an oracle record in the order the table flattens fields:
// nested records and sub-arrays (nested lists) depth first.
void flattenRecord(const json &value, const NpyDtype &dtype, std::vector<std::pair<json, const NpyDtype *>> &leaves)
{
    const auto flattenField = [&leaves](const auto &self, const json &item, const NpyDtype &format,
                                  size_t depth, const std::vector<qint64> &subShape) -> void {
        if (depth < subShape.size()) {
            for (const json &element : item)
                self(self, element, format, depth + 1, subShape);
            return;
        }
        if (format.isStructured())
            flattenRecord(item, format, leaves);
        else
            leaves.emplace_back(item, &format);
    };
    size_t position = 0;
    for (const NpyDtype::Entry &entry : dtype.entries()) {
        if (entry.isPadding())
            continue;
        flattenField(flattenField, value[position++], *entry.format, 0,
            entry.subShape ? *entry.subShape : std::vector<qint64>());
    }
}

// Row-major index → the index along every axis.
std::vector<qint64> unravel(qint64 flat, const std::vector<qint64> &shape)
{
    std::vector<qint64> index(shape.size(), 0);
    for (size_t k = shape.size(); k-- > 0;) {
        index[k] = flat % shape[k];
        flat /= shape[k];
    }
    return index;
}

} // namespace

Q_DECLARE_METATYPE(ArrayRow)

class TestArrayTableModel : public QObject
{
    Q_OBJECT

private slots:
    void oracleFirstValues_data()
    {
        QTest::addColumn<ArrayRow>("row");
        int rows = 0;
        for (const testdata::CorpusFile &file : testdata::corpusFiles()) {
            const json oracle = testdata::oracle(file);
            for (const json &entry : oracle["arrays"]) {
                const QString name = file.corpus + QLatin1Char('/') + file.stem + QLatin1Char('/')
                    + QString::fromStdString(entry["file"].get<std::string>());
                QTest::newRow(qPrintable(name)) << ArrayRow { file.path, entry };
                ++rows;
            }
        }
        QVERIFY(rows > 1000); // both corpora are there
    }

    // For each of the oracle's first elements: set the slice that contains
    // it (default axes, leading axes fixed at its index) and parse the cells.
    void oracleFirstValues()
    {
        QFETCH(ArrayRow, row);
        const json &expected = row.expected;
        const auto array = arrayOf(
            readMember(row.archivePath, QString::fromStdString(expected["file"].get<std::string>())));
        ArrayTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.setArray(array));

        const std::vector<qint64> shape = expected["shape"].get<std::vector<qint64>>();
        QCOMPARE(model.slice().shape(), shape);
        const int dimensions = int(shape.size());
        // numpy's printing layout: rows along the second-to-last axis,
        // columns along the last; nothing when a leading axis is empty.
        qint64 expectedRows = dimensions == 0 ? 1 : shape[size_t(dimensions >= 2 ? dimensions - 2 : 0)];
        for (int axis = 0; axis + 2 < dimensions; ++axis) {
            if (shape[size_t(axis)] == 0)
                expectedRows = 0;
        }
        QCOMPARE(qint64(model.rowCount()), expectedRows);
        if (!expected["descr"].is_array())
            QCOMPARE(qint64(model.columnCount()), dimensions >= 2 ? shape.back() : 1);

        const NpyDtype &dtype = array->dtype();
        for (size_t k = 0; k < expected["first"].size(); ++k) {
            const std::vector<qint64> index = unravel(qint64(k), shape);
            for (int axis = 0; axis + 2 < dimensions; ++axis)
                QVERIFY(model.setFixedIndex(axis, index[size_t(axis)]));
            const int tableRow = dimensions == 0 ? 0 : int(index[size_t(dimensions >= 2 ? dimensions - 2 : 0)]);
            const int elementColumn = dimensions >= 2 ? int(index[size_t(dimensions - 1)]) : 0;
            std::vector<std::pair<json, const NpyDtype *>> leaves;
            if (dtype.isStructured())
                flattenRecord(expected["first"][k], dtype, leaves);
            else
                leaves.emplace_back(expected["first"][k], &dtype);
            QCOMPARE(model.slice().fieldCount(), int(leaves.size()));
            for (int field = 0; field < int(leaves.size()); ++field) {
                const int column = elementColumn * int(leaves.size()) + field;
                const QModelIndex cell = model.index(tableRow, column);
                QCOMPARE(cell.data(ArrayTableModel::FlatIndexRole).toLongLong(), qint64(k));
                const QString difference = cellDifference(
                    cell.data().toString(), leaves[size_t(field)].first, *leaves[size_t(field)].second);
                QVERIFY2(difference.isEmpty(),
                    qPrintable(QStringLiteral("element %1 field %2: %3").arg(k).arg(field).arg(difference)));
            }
            QCOMPARE(model.headerData(tableRow, Qt::Vertical).toString(), QString::number(tableRow));
        }
    }

    // numpy_arrays.skops' three_d (int16, shape (2, 3, 4)): every slice,
    // transposed or not, against the values read straight from the bytes.
    void threeDimensionalSlices()
    {
        const QString path = testdata::dataDir() + QStringLiteral("/corpus/numpy_arrays.skops");
        const json oracle = testdata::readJsonFile(testdata::dataDir() + QStringLiteral("/corpus/expected/numpy_arrays.json"));
        json entry;
        for (const json &candidate : oracle["arrays"]) {
            if (candidate["path"] == "/content/three_d")
                entry = candidate;
        }
        QVERIFY(!entry.is_null());
        QVERIFY(entry["shape"] == json({ 2, 3, 4 }));
        const MemberBytes bytes = readMember(path, QString::fromStdString(entry["file"].get<std::string>()));
        const qint64 dataOffset = entry["header_len"].get<qint64>();
        // Raw little-endian int16 in C order; their sum checks the reading.
        const auto raw = [&](qint64 i, qint64 j, qint64 k) {
            return qint64(qFromLittleEndian<qint16>(bytes.data() + dataOffset + 2 * (i * 12 + j * 4 + k)));
        };
        qint64 sum = 0;
        for (qint64 flat = 0; flat < 24; ++flat)
            sum += raw(flat / 12, flat / 4 % 3, flat % 4);
        QCOMPARE(double(sum), entry["sum"].get<double>());

        ArrayTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setArray(arrayOf(bytes));
        QCOMPARE(model.slice().rowAxis(), 1);
        QCOMPARE(model.slice().columnAxis(), 2);
        const int axesChoices[][2] = { { 1, 2 }, { 2, 1 }, { 0, 2 }, { 2, 0 }, { 0, 1 }, { 1, 0 } };
        for (const auto &axes : axesChoices) {
            QVERIFY(model.setAxes(axes[0], axes[1]));
            const int fixedAxis = 3 - axes[0] - axes[1];
            for (qint64 fixed = 0; fixed < model.slice().shape()[size_t(fixedAxis)]; ++fixed) {
                QVERIFY(model.setFixedIndex(fixedAxis, fixed));
                QCOMPARE(qint64(model.rowCount()), model.slice().shape()[size_t(axes[0])]);
                QCOMPARE(qint64(model.columnCount()), model.slice().shape()[size_t(axes[1])]);
                for (int r = 0; r < model.rowCount(); ++r) {
                    for (int c = 0; c < model.columnCount(); ++c) {
                        qint64 index[3];
                        index[axes[0]] = r;
                        index[axes[1]] = c;
                        index[fixedAxis] = fixed;
                        const qint64 value = raw(index[0], index[1], index[2]);
                        QCOMPARE(model.index(r, c).data().toString(), QString::number(value));
                        QCOMPARE(model.index(r, c).data(SortRole).toDouble(), double(value));
                    }
                }
                QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
                    ArraySlice::axisName(axes[1]) + QStringLiteral(" = 1"));
            }
        }
        // The row and column axes cannot be fixed, nor can an index leave the axis.
        QVERIFY(!model.setFixedIndex(model.slice().rowAxis(), 0));
        const int fixedAxis = 3 - model.slice().rowAxis() - model.slice().columnAxis();
        QVERIFY(!model.setFixedIndex(fixedAxis, model.slice().shape()[size_t(fixedAxis)]));
        QVERIFY(!model.setAxes(1, 1));
        QVERIFY(!model.setAxes(0, 3));
    }

    // A hand-built 4-D float64 array whose values encode their index
    // (1000 i + 100 j + 10 k + l), in C and in Fortran order.
    void fourDimensionalHandBuilt_data()
    {
        QTest::addColumn<bool>("fortran");
        QTest::newRow("C order") << false;
        QTest::newRow("Fortran order") << true;
    }

    void fourDimensionalHandBuilt()
    {
        QFETCH(bool, fortran);
        const qint64 shape[4] = { 2, 3, 4, 5 };
        std::vector<double> values(120);
        for (qint64 i = 0; i < 2; ++i)
            for (qint64 j = 0; j < 3; ++j)
                for (qint64 k = 0; k < 4; ++k)
                    for (qint64 l = 0; l < 5; ++l) {
                        const qint64 position = fortran ? i + 2 * (j + 3 * (k + 4 * l))
                                                        : ((i * 3 + j) * 4 + k) * 5 + l;
                        values[size_t(position)] = double(1000 * i + 100 * j + 10 * k + l);
                    }
        ArrayTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setArray(arrayOf(testdata::npy(header("'<f8'", "(2, 3, 4, 5)", fortran), rawBytes(values))));

        // Default: the last two axes, the others at 0.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.index(3, 4).data().toDouble(), 34.0);

        // Rows along axis 3, columns along axis 1, axis 0 at 1, axis 2 at 2.
        QVERIFY(model.setAxes(3, 1));
        QVERIFY(model.setFixedIndex(0, 1));
        QVERIFY(model.setFixedIndex(2, 2));
        QCOMPARE(model.rowCount(), int(shape[3]));
        QCOMPARE(model.columnCount(), int(shape[1]));
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const double expected = 1000 * 1 + 100 * c + 10 * 2 + r;
                QCOMPARE(model.index(r, c).data().toDouble(), expected);
                QCOMPARE(model.index(r, c).data(ArrayTableModel::FlatIndexRole).toLongLong(),
                    ((1 * 3 + c) * 4 + 2) * 5 + qint64(r));
            }
        }
        QCOMPARE(model.index(2, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("[1, 1, 2, 2] = 1122.0"));
    }

    // decision_tree_iris: Tree.nodes is a 1-d structured array, one column
    // per field named as in the oracle's descr.
    void structuredColumnsPerField()
    {
        const QString stem = QStringLiteral("decision_tree_iris");
        const json oracle = testdata::readJsonFile(testdata::dataDir() + QStringLiteral("/corpus/expected/") + stem + QStringLiteral(".json"));
        int checked = 0;
        for (const json &entry : oracle["arrays"]) {
            if (!entry["descr"].is_array())
                continue;
            const auto array = arrayOf(readMember(testdata::dataDir() + QStringLiteral("/corpus/") + stem
                    + QStringLiteral(".skops"), QString::fromStdString(entry["file"].get<std::string>())));
            ArrayTableModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            model.setArray(array);
            QCOMPARE(qint64(model.rowCount()), entry["shape"][0].get<qint64>());
            QCOMPARE(model.columnCount(), int(entry["descr"].size()));
            for (int column = 0; column < model.columnCount(); ++column) {
                QCOMPARE(model.headerData(column, Qt::Horizontal).toString(),
                    QString::fromStdString(entry["descr"][size_t(column)][0].get<std::string>()));
            }
            // Integer fields are right-aligned numbers and sort as numbers.
            QCOMPARE(model.index(0, 0).data(SortRole).toDouble(), entry["first"][0][0].get<double>());
            QCOMPARE(model.index(0, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight,
                Qt::AlignRight);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // Nested records and sub-array fields are flattened, padding skipped.
    void nestedStructuredFields()
    {
        // Records of 14 bytes: a (2 × int32), b.c (float32), 2 padding bytes.
        std::vector<char> data(2 * 14);
        const qint32 a[4] = { 1, 2, 3, 4 };
        const float c[2] = { 0.5f, -1.5f };
        for (int r = 0; r < 2; ++r) {
            std::memcpy(data.data() + r * 14, a + 2 * r, 8);
            std::memcpy(data.data() + r * 14 + 8, c + r, 4);
        }
        ArrayTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setArray(arrayOf(testdata::npy(
            header("[('a', '<i4', (2,)), ('b', [('c', '<f4')]), ('', '|V2')]", "(2,)"),
            QByteArray(data.data(), qsizetype(data.size())))));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("a[0]"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("a[1]"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("b.c"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(1, 2).data().toDouble(), -1.5);
    }

    void zeroDimensionalAndEmpty()
    {
        ArrayTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setArray(arrayOf(testdata::npy(header("'<i8'", "()"), rawBytes(std::vector<qint64> { -7 }))));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("-7"));

        model.setArray(arrayOf(testdata::npy(header("'<f8'", "(0, 3)"), QByteArray())));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 3);

        // A fixed axis of length 0 leaves nothing to show.
        model.setArray(arrayOf(testdata::npy(header("'<f8'", "(0, 2, 3)"), QByteArray())));
        QCOMPARE(model.rowCount(), 0);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    // A text cell longer than Limits::maxShownChars is cut with a note saying
    // how much was left out; one at the limit is shown whole.
    void longTextCellsAreCut()
    {
        const qint64 limit = qint64(Limits().maxShownChars);
        const qint64 width = limit + 25;
        QByteArray utf32;
        for (qint64 i = 0; i < width; ++i)
            utf32.append(QByteArray::fromRawData("x\0\0\0", 4));
        QByteArray atLimit;
        for (qint64 i = 0; i < width; ++i)
            atLimit.append(i < limit ? QByteArray::fromRawData("y\0\0\0", 4) : QByteArray(4, '\0'));
        const QByteArray descr = "'<U" + QByteArray::number(width) + "'";
        ArrayTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setArray(arrayOf(testdata::npy(header(descr.constData(), "(2,)"), utf32 + atLimit)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(),
                 QString(limit, QLatin1Char('x')) + QStringLiteral("… (25 more characters not shown; the limit is 10000)"));
        QCOMPARE(model.index(1, 0).data().toString(), QString(limit, QLatin1Char('y')));
    }

    // numpy.ma: masked cells read "--" until the stored values are shown.
    void maskedValues()
    {
        ArrayTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const auto data = arrayOf(testdata::npy(header("'<i4'", "(3,)"), rawBytes(std::vector<qint32> { 10, 20, 30 })));
        const auto mask = arrayOf(testdata::npy(header("'|b1'", "(3,)"), QByteArray("\0\1\0", 3)));
        QVERIFY(model.setArray(data, mask));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("10"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("--"));
        QCOMPARE(model.index(1, 0).data(ArrayTableModel::MaskedRole).toBool(), true);
        model.setShowMaskedValues(true);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("20"));

        // nomask: a 0-d False masks nothing; a mask of another shape is refused.
        const auto nomask = arrayOf(testdata::npy(header("'|b1'", "()"), QByteArray("\0", 1)));
        QVERIFY(model.setArray(data, nomask));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("20"));
        const auto wrongShape = arrayOf(testdata::npy(header("'|b1'", "(2,)"), QByteArray("\1\1", 2)));
        QVERIFY(!model.setArray(data, wrongShape));
        QCOMPARE(model.index(1, 0).data(ArrayTableModel::MaskedRole).toBool(), false);
    }

    // A slice longer than a page is shown one page of rows at a time; the
    // headers and cells keep the slice's own indexes.
    void rowPages()
    {
        const qint64 count = 2 * ArrayTableModel::kPageRows + 5;
        QByteArray values(count, Qt::Uninitialized);
        for (qint64 i = 0; i < count; ++i)
            values[i] = char(i % 127);
        ArrayTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setArray(arrayOf(testdata::npy(header("'|i1'", ("(" + QByteArray::number(count) + ",)").constData()), values)));
        QCOMPARE(model.rowPageCount(), qint64(3));
        QCOMPARE(qint64(model.rowCount()), ArrayTableModel::kPageRows);
        QVERIFY(model.setPage(2, 0));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.firstRow(), 2 * ArrayTableModel::kPageRows);
        for (int r = 0; r < 5; ++r) {
            const qint64 element = 2 * ArrayTableModel::kPageRows + r;
            QCOMPARE(model.headerData(r, Qt::Vertical).toString(), QString::number(element));
            QCOMPARE(model.index(r, 0).data().toString(), QString::number(element % 127));
            QCOMPARE(model.index(r, 0).data(ArrayTableModel::FlatIndexRole).toLongLong(), element);
        }
        QVERIFY(!model.setPage(3, 0));
        QVERIFY(!model.setPage(0, 1));
        QCOMPARE(model.rowPage(), qint64(2));

        // Going to a row switches to its page.
        const qint64 target = ArrayTableModel::kPageRows + 1234;
        const QModelIndex cell = model.showCell(target, 0);
        QVERIFY(cell.isValid());
        QCOMPARE(model.rowPage(), qint64(1));
        QCOMPARE(cell.row(), 1234);
        QCOMPARE(cell.data(ArrayTableModel::FlatIndexRole).toLongLong(), target);
        QCOMPARE(cell.data().toString(), QString::number(target % 127));
        QCOMPARE(model.showCell(count - 1, 0).data(ArrayTableModel::FlatIndexRole).toLongLong(), count - 1);
        QCOMPARE(model.rowPage(), qint64(2));
        // Outside the slice: nothing changes.
        QVERIFY(!model.showCell(count, 0).isValid());
        QVERIFY(!model.showCell(-1, 0).isValid());
        QVERIFY(!model.showCell(0, 1).isValid());
        QCOMPARE(model.rowPage(), qint64(2));
    }

    // Wide slices page their columns, whole elements at a time; fixing
    // another index keeps the page, changing the axes goes back to the first.
    void columnPages()
    {
        const qint64 columns = ArrayTableModel::kPageColumns + 3;
        QByteArray values(2 * 2 * columns, Qt::Uninitialized);
        for (qint64 i = 0; i < values.size(); ++i)
            values[i] = char(i % 101);
        ArrayTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setArray(arrayOf(testdata::npy(header("'|u1'", ("(2, 2, " + QByteArray::number(columns) + ")").constData()), values)));
        QCOMPARE(model.columnPageCount(), qint64(2));
        QVERIFY(model.setPage(0, 1));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QString::number(ArrayTableModel::kPageColumns));
        QVERIFY(model.setFixedIndex(0, 1));
        QCOMPARE(model.columnPage(), qint64(1));
        // Element (1, r, kPageColumns + c) is byte (2 + r) × columns + kPageColumns + c.
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 3; ++c)
                QCOMPARE(model.index(r, c).data().toInt(), int(((2 + r) * columns + ArrayTableModel::kPageColumns + c) % 101));
        QVERIFY(model.setAxes(2, 1));
        QCOMPARE(model.columnPage(), qint64(0));
        QCOMPARE(model.rowPage(), qint64(0));

        // Going to an element across switches the column page: rows along
        // axis 1, columns along axis 2, axis 0 still at 1, so the cell is
        // element (1, 1, kPageColumns + 2).
        QVERIFY(model.setAxes(1, 2));
        const QModelIndex cell = model.showCell(1, ArrayTableModel::kPageColumns + 2);
        QVERIFY(cell.isValid());
        QCOMPARE(model.columnPage(), qint64(1));
        QCOMPARE(cell.column(), 2);
        QCOMPARE(cell.data().toInt(), int((3 * columns + ArrayTableModel::kPageColumns + 2) % 101));
        QVERIFY(!model.showCell(2, 0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestArrayTableModel)
#include "tst_arraytablemodel.moc"

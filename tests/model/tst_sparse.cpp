// Sparse .npz members: every oracle entry of both corpora field by field,
// hand-built matrices whose sums follow from the densifying rules in
// skops-format.md 6.6, and hostile archives.
#include "ArchiveBuilder.h"
#include "SparseMatrix.h"
#include "JsonCompare.h"
#include "TestData.h"
#include "ZipArchive.h"

#include <QTest>
#include <cmath>
#include <nlohmann/json.hpp>

using namespace skops;
using json = nlohmann::json;

namespace {


QByteArray npy(const QByteArray &descr, const QByteArray &shape, const QByteArray &data)
{
    const QByteArray header
        = "{'descr': " + descr + ", 'fortran_order': False, 'shape': " + shape + ", }\n";
    QByteArray bytes("\x93NUMPY\x01\x00", 8);
    bytes.append(char(header.size() & 0xff));
    bytes.append(char(header.size() >> 8));
    return bytes + header + data;
}

template<typename T> QByteArray raw(std::initializer_list<T> values)
{
    QByteArray bytes;
    for (T value : values)
        bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    return bytes;
}

QByteArray formatNpy(const char *format)
{
    return npy("'|S3'", "()", QByteArray(format).leftJustified(3, '\0', true));
}

QByteArray shapeNpy(qint64 rows, qint64 columns)
{
    return npy("'<i8'", "(2,)", raw<qint64>({ rows, columns }));
}

QByteArray int32Npy(std::initializer_list<qint32> values)
{
    return npy(
        "'<i4'", "(" + QByteArray::number(qsizetype(values.size())) + ",)", raw<qint32>(values));
}

QByteArray float64Npy(std::initializer_list<double> values)
{
    return npy(
        "'<f8'", "(" + QByteArray::number(qsizetype(values.size())) + ",)", raw<double>(values));
}

using Members = std::vector<std::pair<QString, QByteArray>>;

// A ZIP archive as numpy.savez_compressed writes it (DEFLATE) unless told otherwise.
QByteArray zipOf(const Members &members, bool deflate = true)
{
    QList<testdata::ArchiveEntry> entries;
    for (const auto &[name, content] : members)
        entries.append({ name, content, deflate });
    return testdata::buildArchive(entries);
}

Result<SparseMatrix> open(const Members &members, const Limits &limits = Limits())
{
    return SparseMatrix::fromNpz(
        MemberBytes::fromByteArray(zipOf(members)), QStringLiteral("test.npz"), limits);
}

Members csr(const QByteArray &indices, const QByteArray &indptr, const QByteArray &data,
    qint64 rows, qint64 columns, const char *format = "csr")
{
    return { { QStringLiteral("indices.npy"), indices }, { QStringLiteral("indptr.npy"), indptr },
        { QStringLiteral("format.npy"), formatNpy(format) },
        { QStringLiteral("shape.npy"), shapeNpy(rows, columns) },
        { QStringLiteral("data.npy"), data } };
}

struct SparseRow
{
    QString archivePath;
    json expected;
};

} // namespace

Q_DECLARE_METATYPE(SparseRow)
Q_DECLARE_METATYPE(Members)
Q_DECLARE_METATYPE(ErrorCode)

class TestSparse : public QObject
{
    Q_OBJECT

private slots:
    void oracleMatrices_data()
    {
        QTest::addColumn<SparseRow>("row");
        int rows = 0;
        for (const testdata::CorpusFile &file : testdata::corpusFiles()) {
            const json oracle = testdata::oracle(file);
            for (const json &entry : oracle["sparse_matrices"]) {
                const QString name = file.corpus + QLatin1Char('/') + file.stem + QLatin1Char('/')
                    + QString::fromStdString(entry["path"].get<std::string>());
                QTest::newRow(qPrintable(name)) << SparseRow { file.path, entry };
                ++rows;
            }
        }
        QCOMPARE(rows, 15);
    }

    void oracleMatrices()
    {
        QFETCH(SparseRow, row);
        const json &expected = row.expected;
        const auto archive = ZipArchive::openFile(row.archivePath);
        QVERIFY2(archive.ok(), qPrintable(archive.error().message));
        const QString name = QString::fromStdString(expected["file"].get<std::string>());
        const ZipMember *member = archive.value()->find(name);
        QVERIFY(member);
        const auto bytes = archive.value()->read(*member);
        QVERIFY2(bytes.ok(), qPrintable(bytes.error().message));
        const auto matrix = SparseMatrix::fromNpz(bytes.value(), name);
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));

        const json summary = matrix.value().oracleSummary();
        for (const char *field :
            { "format", "shape", "nnz", "dtype", "data_sum", "dense_sum", "npz_members" }) {
            const QString difference
                = testdata::jsonDifference(summary[field], expected[field], QLatin1String(field));
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
        QCOMPARE(summary.size(), size_t(7));
        QCOMPARE(matrix.value().formatName().toStdString(), expected["format"].get<std::string>());
        QCOMPARE(matrix.value().nnz(), expected["nnz"].get<qint64>());
    }

    // Hand-built matrices; expected values follow from skops-format.md 6.6.
    void densifying()
    {
        // coo with a duplicate: int8 100 + 100 wraps to -56 before summing.
        auto matrix = open({ { QStringLiteral("row.npy"), int32Npy({ 0, 0, 1 }) },
            { QStringLiteral("col.npy"), int32Npy({ 1, 1, 0 }) },
            { QStringLiteral("format.npy"), formatNpy("coo") },
            { QStringLiteral("shape.npy"), shapeNpy(2, 2) },
            { QStringLiteral("data.npy"), npy("'|i1'", "(3,)", QByteArray("\x64\x64\x01", 3)) } });
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        json summary = matrix.value().oracleSummary();
        COMPARE_JSON(summary["nnz"], json(3));
        COMPARE_JSON(summary["data_sum"], json(201.0));
        COMPARE_JSON(summary["dense_sum"], json(-55.0));
        COMPARE_JSON(summary["dtype"], json("|i1"));

        // float16 duplicates: 2048 + 1 rounds back to 2048 in float16.
        matrix = open({ { QStringLiteral("row.npy"), int32Npy({ 0, 0 }) },
            { QStringLiteral("col.npy"), int32Npy({ 0, 0 }) },
            { QStringLiteral("format.npy"), formatNpy("coo") },
            { QStringLiteral("shape.npy"), shapeNpy(1, 1) },
            { QStringLiteral("data.npy"),
                npy("'<f2'", "(2,)", raw<quint16>({ 0x6800, 0x3c00 })) } });
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        COMPARE_JSON(matrix.value().oracleSummary()["data_sum"], json(2049.0));
        QCOMPARE(matrix.value().denseSum(), 2048.0);

        // Non-canonical csr: a repeated column in a row, and a stored entry
        // beyond indptr[-1] that scipy prunes.
        matrix = open(csr(int32Npy({ 1, 1, 0, 0 }), int32Npy({ 0, 2, 3 }),
            float64Npy({ 0.5, 0.25, 2, 100 }), 2, 2));
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        summary = matrix.value().oracleSummary();
        COMPARE_JSON(summary["nnz"], json(3));
        COMPARE_JSON(summary["dense_sum"], json(2.75));

        // bool duplicates: True + True stays True.
        matrix = open(csr(int32Npy({ 0, 0 }), int32Npy({ 0, 2 }),
            npy("'|b1'", "(2,)", QByteArray("\1\1", 2)), 1, 1));
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        COMPARE_JSON(matrix.value().oracleSummary()["dense_sum"], json(1.0));
        COMPARE_JSON(matrix.value().oracleSummary()["data_sum"], json(2.0));

        // csc: indptr runs over columns.
        matrix = open(csr(int32Npy({ 2 }), int32Npy({ 0, 0, 1 }), float64Npy({ 7 }), 3, 2, "csc"));
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        QCOMPARE(matrix.value().nnz(), qint64(1));
        QCOMPARE(matrix.value().denseSum(), 7.0);

        // dia: cells whose row falls outside the matrix are ignored.
        Members dia { { QStringLiteral("offsets.npy"), int32Npy({ 1, -1 }) },
            { QStringLiteral("format.npy"), formatNpy("dia") },
            { QStringLiteral("shape.npy"), shapeNpy(3, 3) },
            { QStringLiteral("data.npy"),
                npy("'<f8'", "(2, 3)", raw<double>({ 1, 2, 3, 4, 5, 6 })) } };
        matrix = open(dia);
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        summary = matrix.value().oracleSummary();
        COMPARE_JSON(summary["nnz"], json(4));
        COMPARE_JSON(summary["data_sum"], json(21.0));
        COMPARE_JSON(summary["dense_sum"], json(14.0));

        // dia nnz counts positions, negative for a diagonal outside the matrix.
        dia[0].second = int32Npy({ 5 });
        dia[3].second = npy("'<f8'", "(1, 2)", raw<double>({ 1, 2 }));
        dia[2].second = shapeNpy(2, 2);
        matrix = open(dia);
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        QCOMPARE(matrix.value().nnz(), qint64(-3));
        QCOMPARE(matrix.value().denseSum(), 0.0);

        // bsr: 2x2 blocks; nnz counts every cell of the stored blocks.
        matrix = open(csr(int32Npy({ 1 }), int32Npy({ 0, 1, 1 }),
            npy("'<i8'", "(1, 2, 2)", raw<qint64>({ 1, 2, 3, 4 })), 4, 4, "bsr"));
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        QCOMPARE(matrix.value().nnz(), qint64(4));
        QCOMPARE(matrix.value().denseSum(), 10.0);

        // complex: the real part.
        matrix = open(csr(int32Npy({ 0 }), int32Npy({ 0, 1 }),
            npy("'<c16'", "(1,)", raw<double>({ 1.5, -9 })), 1, 1));
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        COMPARE_JSON(matrix.value().oracleSummary()["data_sum"], json(1.5));
        QCOMPARE(matrix.value().denseSum(), 1.5);
    }

    void memberListing()
    {
        const auto matrix = SparseMatrix::fromNpz(
            MemberBytes::fromByteArray(
                zipOf(csr(int32Npy({ 0 }), int32Npy({ 0, 1 }), float64Npy({ 3 }), 1, 1), false)),
            QStringLiteral("stored.npz"));
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        const json members = matrix.value().oracleSummary()["npz_members"];
        COMPARE_JSON(
            members[0], json::parse(R"({"name": "indices.npy", "compress_type": "ZIP_STORED",
                                                 "dtype": "<i4", "shape": [1], "first": [0]})"));
        COMPARE_JSON(members[2]["first"], json::parse(R"(["csr"])"));
        QCOMPARE(members.size(), size_t(5));
        QVERIFY(matrix.value().component(QStringLiteral("indptr")));
        QVERIFY(!matrix.value().component(QStringLiteral("offsets")));
    }

    void rejectsBadMatrices_data()
    {
        QTest::addColumn<Members>("members");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("messagePart");
        const QByteArray data2 = float64Npy({ 1, 2 });
        QTest::newRow("index out of range") << csr(int32Npy({ 0, 5 }), int32Npy({ 0, 1, 2 }), data2,
            2, 3) << ErrorCode::InvalidNpz << "index 5 at entry 1 is outside 0..2";
        QTest::newRow("negative index") << csr(int32Npy({ 0, -1 }), int32Npy({ 0, 1, 2 }), data2, 2,
            3) << ErrorCode::InvalidNpz << "outside";
        QTest::newRow("indptr decreasing") << csr(int32Npy({ 0, 1 }), int32Npy({ 0, 2, 1 }), data2,
            2, 3) << ErrorCode::InvalidNpz << "indptr decreases";
        QTest::newRow("indptr too short") << csr(int32Npy({ 0, 1 }), int32Npy({ 0, 2 }), data2, 2,
            3) << ErrorCode::InvalidNpz << "indptr has 2 entries; it needs 3";
        QTest::newRow("indptr past indices")
            << csr(int32Npy({ 0, 1 }), int32Npy({ 0, 1, 9 }), data2, 2, 3) << ErrorCode::InvalidNpz
            << "exceeds";
        QTest::newRow("indptr not from 0") << csr(int32Npy({ 0, 1 }), int32Npy({ 1, 1, 2 }), data2,
            2, 3) << ErrorCode::InvalidNpz << "start with 0";
        QTest::newRow("indices and data lengths") << csr(int32Npy({ 0 }), int32Npy({ 0, 1, 1 }),
            data2, 2, 3) << ErrorCode::InvalidNpz << "differ in length";
        QTest::newRow("unknown format")
            << csr(int32Npy({ 0, 1 }), int32Npy({ 0, 1, 2 }), data2, 2, 3, "lil")
            << ErrorCode::InvalidNpz << "unknown sparse format 'lil'";
        QTest::newRow("float indices") << csr(float64Npy({ 0, 1 }), int32Npy({ 0, 1, 2 }), data2, 2,
            3) << ErrorCode::InvalidNpz << "integer";
        QTest::newRow("text data")
            << csr(int32Npy({ 0 }), int32Npy({ 0, 1 }), npy("'|S1'", "(1,)", "x"), 1, 1)
            << ErrorCode::InvalidNpz << "non-numeric";

        Members missingData = csr(int32Npy({ 0 }), int32Npy({ 0, 1 }), data2, 1, 1);
        missingData.pop_back();
        QTest::newRow("missing data") << missingData << ErrorCode::InvalidNpz << "no data.npy";
        Members missingIndptr = csr(int32Npy({ 0 }), int32Npy({ 0, 1 }), data2, 1, 1);
        missingIndptr.erase(missingIndptr.begin() + 1);
        QTest::newRow("missing indptr")
            << missingIndptr << ErrorCode::InvalidNpz << "needs indptr.npy";

        Members coo { { QStringLiteral("row.npy"), int32Npy({ 0, 4 }) },
            { QStringLiteral("col.npy"), int32Npy({ 0, 1 }) },
            { QStringLiteral("format.npy"), formatNpy("coo") },
            { QStringLiteral("shape.npy"), shapeNpy(2, 2) },
            { QStringLiteral("data.npy"), data2 } };
        QTest::newRow("coo row out of range")
            << coo << ErrorCode::InvalidNpz << "outside the shape";
        coo[0].second = int32Npy({ 0 });
        QTest::newRow("coo lengths") << coo << ErrorCode::InvalidNpz << "same length";

        Members dia { { QStringLiteral("offsets.npy"), int32Npy({ 0, 0 }) },
            { QStringLiteral("format.npy"), formatNpy("dia") },
            { QStringLiteral("shape.npy"), shapeNpy(2, 2) },
            { QStringLiteral("data.npy"), npy("'<f8'", "(2, 2)", raw<double>({ 1, 2, 3, 4 })) } };
        QTest::newRow("dia duplicate offsets") << dia << ErrorCode::InvalidNpz << "more than once";
        dia[0].second = int32Npy({ 0 });
        QTest::newRow("dia count mismatch") << dia << ErrorCode::InvalidNpz << "does not match";

        QTest::newRow("bsr block size") << csr(int32Npy({ 0 }), int32Npy({ 0, 1 }),
            npy("'<f8'", "(1, 2, 2)", QByteArray(32, '\0')), 3, 3, "bsr")
                                        << ErrorCode::InvalidNpz << "multiple of the block size";
        QTest::newRow("negative shape") << csr(int32Npy({}), int32Npy({ 0 }), float64Npy({}), -1, 3)
                                        << ErrorCode::InvalidNpz << "negative";

        Members tooMany;
        for (int i = 0; i < 65; ++i)
            tooMany.push_back({ QStringLiteral("m%1.npy").arg(i), float64Npy({ 1 }) });
        QTest::newRow("too many members") << tooMany << ErrorCode::TooManyMembers << "64";

        Members notNpy = csr(int32Npy({ 0 }), int32Npy({ 0, 1 }), float64Npy({ 1 }), 1, 1);
        notNpy.push_back({ QStringLiteral("payload.pkl"), QByteArray("\x80\x04", 2) });
        QTest::newRow("non-npy member") << notNpy << ErrorCode::InvalidNpz << "payload.pkl";
        Members badNpy
            = csr(int32Npy({ 0 }), int32Npy({ 0, 1 }), QByteArray("\x80\x04garbage"), 1, 1);
        QTest::newRow("bad npy member") << badNpy << ErrorCode::InvalidNpy << "data.npy";
        Members nested = csr(int32Npy({ 0 }), int32Npy({ 0, 1 }),
            zipOf({ { QStringLiteral("x.npy"), float64Npy({ 1 }) } }), 1, 1);
        QTest::newRow("zip inside") << nested << ErrorCode::InvalidNpy << "ZIP archive";
        Members truncated
            = csr(int32Npy({ 0 }), int32Npy({ 0, 1 }), float64Npy({ 1, 2 }).chopped(8), 1, 1);
        QTest::newRow("truncated data")
            << truncated << ErrorCode::InvalidNpy << "needs 16 bytes, but only 8";
    }

    void rejectsBadMatrices()
    {
        QFETCH(Members, members);
        QFETCH(ErrorCode, code);
        QFETCH(QString, messagePart);
        const auto matrix = open(members);
        QVERIFY(!matrix.ok());
        QCOMPARE(matrix.error().code, code);
        QVERIFY2(matrix.error().message.contains(messagePart), qPrintable(matrix.error().message));
    }

    void rejectsNonZip()
    {
        const auto matrix = SparseMatrix::fromNpz(
            MemberBytes::fromByteArray(QByteArray("not a zip at all")), QStringLiteral("junk.npz"));
        QVERIFY(!matrix.ok());
        QCOMPARE(matrix.error().code, ErrorCode::InvalidNpz);
        QVERIFY2(matrix.error().message.contains(QLatin1String("junk.npz")),
            qPrintable(matrix.error().message));
    }

    // The member limit applies to the nested archive on its own.
    void smallerNpzLimit()
    {
        Limits limits;
        limits.maxNpzMembers = 4;
        const auto matrix
            = open(csr(int32Npy({ 0 }), int32Npy({ 0, 1 }), float64Npy({ 1 }), 1, 1), limits);
        QVERIFY(!matrix.ok());
        QCOMPARE(matrix.error().code, ErrorCode::TooManyMembers);
    }
};

QTEST_GUILESS_MAIN(TestSparse)
#include "tst_sparse.moc"

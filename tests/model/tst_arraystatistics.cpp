// ArrayStatistics without a widget: statistics (counts of NaN and
// infinities, finite min, max, mean and population standard deviation),
// cancellation, and heatmap blocks, over hand-built arrays whose expected
// values are computed by hand.
#include "ArchiveBuilder.h"
#include "ArrayStatistics.h"
#include "NpyArray.h"
#include "TestData.h"
#include "ZipArchive.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

using namespace skops;

namespace {

QByteArray header(const char *descr, const QByteArray &shape)
{
    return QByteArray("{'descr': ") + descr + ", 'fortran_order': False, 'shape': " + shape + ", }";
}

template<typename T> QByteArray rawBytes(const std::vector<T> &values)
{
    return QByteArray(
        reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(T)));
}

NpyArray arrayOf(const QByteArray &npyBytes)
{
    auto array = NpyArray::fromMember(MemberBytes::fromByteArray(npyBytes));
    if (!array)
        qFatal("test array did not parse: %s", qPrintable(array.error().message));
    return std::move(array).value();
}

} // namespace

class TestArrayStatistics : public QObject
{
    Q_OBJECT

private slots:
    void statistics()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const NpyArray array = arrayOf(testdata::npy(
            header("'<f8'", "(6,)"), rawBytes(std::vector<double> { 1, 2, 3, nan, inf, -inf })));
        const auto stats = ArrayStatistics::stats(ArrayStatistics::Source { &array });
        QVERIFY(stats.ok());
        QCOMPARE(stats.value().count, qint64(6));
        QCOMPARE(stats.value().finiteCount, qint64(3));
        QCOMPARE(stats.value().nanCount, qint64(1));
        QCOMPARE(stats.value().positiveInfinityCount, qint64(1));
        QCOMPARE(stats.value().negativeInfinityCount, qint64(1));
        QCOMPARE(stats.value().min, 1.0);
        QCOMPARE(stats.value().max, 3.0);
        QCOMPARE(stats.value().mean, 2.0);
        QCOMPARE(stats.value().standardDeviation, std::sqrt(2.0 / 3.0));

        std::atomic<bool> cancel { true };
        const auto cancelled = ArrayStatistics::stats(ArrayStatistics::Source { &array }, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);

        const NpyArray text = arrayOf(testdata::npy(header("'<U1'", "(1,)"), QByteArray(4, 'a')));
        QCOMPARE(ArrayStatistics::stats(ArrayStatistics::Source { &text }).error().code,
            ErrorCode::UnsupportedDtype);

        const NpyArray none = arrayOf(testdata::npy(header("'<i8'", "(0,)"), QByteArray()));
        const auto empty = ArrayStatistics::stats(ArrayStatistics::Source { &none });
        QVERIFY(empty.ok());
        QVERIFY(std::isnan(empty.value().mean));
    }

    // A pass over a 64 MB array mapped from the file keeps only a window of
    // it resident; values i % 1000 give known statistics.
    void statisticsPassReleasesTheFilePages()
    {
        constexpr qint64 count = 8000000; // whole cycles of 0..999
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.zip"));
        {
            QByteArray data(count * 8, Qt::Uninitialized);
            for (qint64 i = 0; i < count; ++i) {
                const double value = double(i % 1000);
                std::memcpy(data.data() + i * 8, &value, 8);
            }
            const QByteArray npy
                = testdata::npy(header("'<f8'", "(" + QByteArray::number(count) + ",)"), data);
            QVERIFY(testdata::writeFile(
                path, testdata::buildArchive({ { QStringLiteral("big.npy"), npy, false } })));
        }
        const auto archive = ZipArchive::openFile(path);
        QVERIFY(archive.ok());
        const auto bytes
            = archive.value()->read(*archive.value()->find(QStringLiteral("big.npy")), false);
        QVERIFY(bytes.ok());
        const auto array = NpyArray::fromMember(bytes.value());
        QVERIFY(array.ok());

        const qint64 before = testdata::residentBytes();
        const auto stats = ArrayStatistics::stats(ArrayStatistics::Source { &array.value() });
        const qint64 after = testdata::residentBytes();
        QVERIFY(stats.ok());
        QCOMPARE(stats.value().count, count);
        QCOMPARE(stats.value().min, 0.0);
        QCOMPARE(stats.value().max, 999.0);
        QVERIFY(std::abs(stats.value().mean - 499.5) < 1e-9);
        QVERIFY(std::abs(stats.value().standardDeviation - std::sqrt(83333.25)) < 1e-6);
        QVERIFY2(after - before < (16 << 20),
            qPrintable(QStringLiteral("resident %1 -> %2 bytes").arg(before).arg(after)));
    }

    // The statistics pass looks at `cancel` between chunks.
    void statisticsPassStopsWhenCancelled()
    {
        std::vector<double> values(200'000, 2.0);
        const NpyArray array
            = arrayOf(testdata::npy(header("'<f8'", "(200000,)"), rawBytes(values)));
        std::atomic<bool> cancel { false };
        int reports = 0;
        const auto stats = ArrayStatistics::stats(
            ArrayStatistics::Source { &array }, &cancel, [&](qint64 done, qint64 total) {
                QVERIFY(done < total);
                ++reports;
                cancel = true;
            });
        QCOMPARE(stats.error().code, ErrorCode::Cancelled);
        QCOMPARE(reports, 1);
    }

    // Values whose plain sum overflows still have a finite mean.
    void statisticsOfExtremeValues()
    {
        const double max = std::numeric_limits<double>::max();
        const NpyArray array = arrayOf(testdata::npy(
            header("'<f8'", "(3,)"), rawBytes(std::vector<double> { max, max, max })));
        const auto stats = ArrayStatistics::stats(ArrayStatistics::Source { &array });
        QVERIFY(stats.ok());
        QCOMPARE(stats->mean, max);
        QCOMPARE(stats->standardDeviation, 0.0);
        QCOMPARE(stats->finiteCount, qint64(3));
        const NpyArray opposite = arrayOf(
            testdata::npy(header("'<f8'", "(2,)"), rawBytes(std::vector<double> { max, -max })));
        QCOMPARE(ArrayStatistics::stats(ArrayStatistics::Source { &opposite })->mean, 0.0);
    }

    // Slices beyond 1024 cells a side become blocks: means (or the value of
    // largest magnitude) of 2 × 3 values here.
    void heatmapBlocks()
    {
        const int rows = 1500;
        const int columns = 2100;
        std::vector<qint32> values;
        values.reserve(size_t(rows) * columns);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                values.push_back(r * columns + c);
        const NpyArray array
            = arrayOf(testdata::npy(header("'<i4'", "(1500, 2100)"), rawBytes(values)));
        const ArraySlice slice(array.shape(), array.dtype());
        const ArrayStatistics::Source source { &array, nullptr, &slice, 0 };
        const auto means = ArrayStatistics::heatmap(source, ArrayStatistics::BlockReduction::Mean);
        QVERIFY(means.ok());
        QCOMPARE(means->blockRows, qint64(2));
        QCOMPARE(means->blockColumns, qint64(3));
        QCOMPARE(means->rows, 750);
        QCOMPARE(means->columns, 700);
        for (int br : { 0, 17, 749 })
            for (int bc : { 0, 5, 699 })
                QCOMPARE(means->at(br, bc), (2 * br + 0.5) * columns + 3 * bc + 1);
        const auto largest
            = ArrayStatistics::heatmap(source, ArrayStatistics::BlockReduction::MaxAbs);
        QVERIFY(largest.ok());
        QCOMPARE(largest->at(17, 5), double((2 * 17 + 1) * columns + 3 * 5 + 2));
        QCOMPARE(largest->max, double(rows * columns - 1));
    }
};

QTEST_GUILESS_MAIN(TestArrayStatistics)
#include "tst_arraystatistics.moc"

#pragma once

#include "ArrayStatistics.h"
#include "ArrayStats.h"
#include "NpyArray.h"

#include <QImage>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QProgressBar;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;
class QWidget;

namespace skops {
class ArrayTableModel;
} // namespace skops

// One .npy array: an info line (dtype, shape, size), its values in a table
// whose cells are produced on demand, axis choosers and indexes for N-d
// arrays, a statistics panel, a histogram and, for numeric arrays of two or
// more dimensions, a heatmap of the current slice. Statistics, histogram,
// heatmap and CSV exports run off the GUI thread with a progress bar and
// Cancel; results of superseded jobs are dropped. Ctrl+C copies the selected
// cells as tab-separated text.
class ArrayView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ValuesTab, HistogramTab, HeatmapTab };
    // More cells than this are not copied (export them as CSV instead).
    static constexpr qint64 kMaxCopyCells = 1'000'000;
    static constexpr int kHistogramBins = 50;

    explicit ArrayView(QWidget *parent = nullptr);
    ~ArrayView() override;

    // Shows `array`, with a numpy.ma mask when one is given. `name` leads
    // the info line and names exported files.
    void setArray(std::shared_ptr<const skops::NpyArray> array,
        std::shared_ptr<const skops::NpyArray> mask = nullptr, const QString &name = QString());
    void clear();
    std::shared_ptr<const skops::NpyArray> array() const;

    skops::ArrayTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *rowAxisChooser() const { return m_rowAxis; }
    QComboBox *columnAxisChooser() const { return m_columnAxis; }
    // The index chooser of a fixed axis, nullptr for the row/column axes.
    QSpinBox *indexChooser(int axis) const;
    // 1-based page of slice rows/columns; shown when the slice has more
    // than one page (see ArrayTableModel::kPageRows).
    QSpinBox *rowPageChooser() const { return m_rowPage; }
    QSpinBox *columnPageChooser() const { return m_columnPage; }
    // "Go to" (Ctrl+G): a slice row, or a row and an element across, as
    // numpy indexes them (negative counts from the end). goTo() shows its
    // page, selects the cell and returns true; otherwise goToProblem() says
    // what is wrong with the text.
    QLineEdit *goToField() const { return m_goTo; }
    bool goTo(const QString &text);
    QString goToProblem() const;
    QComboBox *fieldChooser() const { return m_field; }
    QCheckBox *showMaskedToggle() const { return m_showMasked; }
    QString infoText() const;
    QString statisticsText() const;

    // Results of the latest finished jobs; empty while computing or when
    // cancelled, failed or not applicable.
    const std::optional<skops::ArrayStats> &statistics() const { return m_statistics; }
    const std::optional<skops::Histogram> &histogram() const { return m_histogram; }
    const std::optional<skops::HeatmapGrid> &heatmapGrid() const { return m_heatmapGrid; }
    QImage heatmapImage() const { return m_heatmapImage; }
    bool isBusy() const;

    // The selected cells as rows of tab-separated values (cells of the
    // bounding rows and columns that are not selected stay empty); empty
    // when nothing or more than kMaxCopyCells cells are selected.
    QString selectionAsTsv() const;
    bool copySelection();

    // Start CSV exports off the GUI thread; exportFinished reports.
    void exportArray(const QString &path);
    void exportSlice(const QString &path);

    // Stops every running job; their results are dropped.
    void cancelJobs();

signals:
    void statisticsFinished();
    void histogramFinished();
    void heatmapFinished();
    void exportFinished(bool ok, const QString &message);

private:
    enum JobKind { StatisticsJob, HistogramJob, HeatmapJob, ExportJob, JobKindCount };
    struct Job
    {
        quint64 id = 0;
        bool running = false;
        std::shared_ptr<std::atomic<bool>> cancel;
        std::shared_ptr<std::atomic<int>> permille; // -1: no estimate yet
    };
    template<typename T, typename Work, typename Done>
    void startJob(JobKind kind, Work work, Done done);
    void stopJob(JobKind kind);

    QWidget *createSliceBar();
    QWidget *createPageBar();
    QWidget *createTable();
    QWidget *createHistogramPage();
    QWidget *createHeatmapPage();
    QWidget *createStatisticsPanel();
    QWidget *createBusyBar();
    QLayout *createExportRow();
    void buildSliceControls();
    void updatePageControls();
    void widenColumnsToFit();
    void updateInfo();
    void updateBusy();
    void updateTabs();
    void onSliceChanged();
    void onTabChanged();
    void onAxisChosen();
    void onFieldChosen();
    void chooseExportPath(bool wholeArray);
    void startStatistics();
    void startHistogram();
    void startHeatmap();
    void showStatistics();
    void showStatisticsMessage(const QString &message);
    void showHistogram();
    void showHeatmap();
    skops::ArrayStatistics::Source source() const;
    bool fieldIsNumeric() const;
    int currentField() const;

    skops::ArrayTableModel *m_model = nullptr;
    QString m_name;
    QLabel *m_info = nullptr;
    QWidget *m_sliceBar = nullptr;
    QComboBox *m_rowAxis = nullptr;
    QComboBox *m_columnAxis = nullptr;
    std::vector<QSpinBox *> m_indexChoosers; // per axis; nullptr for row/column axes
    QWidget *m_indexBox = nullptr;
    QWidget *m_pageBar = nullptr;
    QSpinBox *m_rowPage = nullptr;
    QLabel *m_rowPageRange = nullptr;
    QSpinBox *m_columnPage = nullptr;
    QLabel *m_columnPageRange = nullptr;
    QLineEdit *m_goTo = nullptr;
    QLabel *m_goToProblem = nullptr;
    QCheckBox *m_showMasked = nullptr;
    QPushButton *m_exportArray = nullptr;
    QPushButton *m_exportSlice = nullptr;
    QLabel *m_exportStatus = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_chart = nullptr;
    QLabel *m_histogramMessage = nullptr;
    QWidget *m_heatmap = nullptr;
    QComboBox *m_reduction = nullptr;
    QLabel *m_heatmapMessage = nullptr;
    QComboBox *m_field = nullptr;
    QLabel *m_statisticsLabel = nullptr;
    QWidget *m_busyBar = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_progressTimer = nullptr;

    Job m_jobs[JobKindCount];
    quint64 m_jobCounter = 0;
    std::optional<skops::ArrayStats> m_statistics;
    std::optional<skops::Histogram> m_histogram;
    std::optional<skops::HeatmapGrid> m_heatmapGrid;
    QImage m_heatmapImage;
    bool m_heatmapStale = true;
    bool m_histogramStale = true;
    bool m_replacingArray = false; // setArray rebuilds the slice controls itself
};

#include "ArrayView.h"

#include "ArrayTableModel.h"
#include "CsvExport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <cmath>

using skops::ArraySlice;
using skops::ArrayStatistics;
using skops::ArrayTableModel;
using skops::ErrorCode;
using skops::NpyArray;
using skops::NpyDtype;

namespace {

// What a background job hands back to the GUI thread: a plain value or the
// reason there is none.
template<typename T> struct Outcome
{
    T value {};
    skops::Error error;
    bool ok() const { return error.code == ErrorCode::None; }
};

template<typename T> Outcome<T> outcomeOf(skops::Result<T> result)
{
    Outcome<T> outcome;
    if (result.ok())
        outcome.value = std::move(result).value();
    else
        outcome.error = result.error();
    return outcome;
}

struct HeatmapResult
{
    skops::HeatmapGrid grid;
    QImage image;
};

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 extent : shape)
        parts << QString::number(extent);
    if (shape.size() == 1)
        return QLatin1Char('(') + parts.front() + QLatin1String(",)");
    return QLatin1Char('(') + parts.join(QLatin1String(", ")) + QLatin1Char(')');
}

// viridis at nine stops: perceptually uniform and readable in grey.
QColor colourAt(double t)
{
    static const QColor stops[] = { QColor(0x44, 0x01, 0x54), QColor(0x47, 0x2c, 0x7a),
        QColor(0x3b, 0x51, 0x8b), QColor(0x2c, 0x71, 0x8e), QColor(0x21, 0x90, 0x8d),
        QColor(0x27, 0xad, 0x81), QColor(0x5c, 0xc8, 0x63), QColor(0xaa, 0xdc, 0x32),
        QColor(0xfd, 0xe7, 0x25) };
    constexpr int last = int(std::size(stops)) - 1;
    const double position = std::clamp(t, 0.0, 1.0) * last;
    const int below = std::min(int(position), last - 1);
    const double fraction = position - below;
    const QColor &a = stops[below];
    const QColor &b = stops[below + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * fraction),
        float(a.greenF() + (b.greenF() - a.greenF()) * fraction),
        float(a.blueF() + (b.blueF() - a.blueF()) * fraction));
}

QColor missingColour()
{
    return QColor(0xd0, 0xd0, 0xd0); // blocks without a finite value
}

// One pixel per grid cell; made off the GUI thread (QImage is not a widget).
QImage heatmapImageOf(const skops::HeatmapGrid &grid)
{
    QImage image(grid.columns, grid.rows, QImage::Format_RGB32);
    const double span = grid.max - grid.min;
    for (int row = 0; row < grid.rows; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        for (int column = 0; column < grid.columns; ++column) {
            const double value = grid.at(row, column);
            if (std::isnan(value))
                line[column] = missingColour().rgb();
            else
                line[column] = colourAt(span > 0 ? (value - grid.min) / span : 0.5).rgb();
        }
    }
    return image;
}

// Masked cells in grey italics.
class MaskedCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(ArrayTableModel::MaskedRole).toBool())
            return;
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};

// The heatmap image stretched over the widget (one block per grid cell,
// no smoothing) above a colour bar labelled with the value range; the
// tooltip names the block under the mouse and its value.
class HeatmapCanvas : public QWidget
{
public:
    explicit HeatmapCanvas(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        setMinimumSize(160, 120);
    }

    void showGrid(const QImage &image, const skops::HeatmapGrid *grid)
    {
        m_image = image;
        m_grid = grid;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_image.isNull() || !m_grid)
            return;
        QPainter painter(this);
        const QRect area = imageArea();
        painter.drawImage(area, m_image);
        const QRect bar(area.left(), area.bottom() + kGap, area.width(), kBarHeight);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int stop = 0; stop <= 8; ++stop)
            gradient.setColorAt(stop / 8.0, colourAt(stop / 8.0));
        painter.fillRect(bar, gradient);
        const QRect labels(bar.left(), bar.bottom() + 2, bar.width(), fontMetrics().height());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, numberText(m_grid->min));
        painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, numberText(m_grid->max));
    }

    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || !m_grid || m_grid->rows == 0 || m_grid->columns == 0)
            return QWidget::event(event);
        const QPoint position = static_cast<QHelpEvent *>(event)->pos();
        const QRect area = imageArea();
        if (!area.contains(position)) {
            QToolTip::hideText();
            return true;
        }
        const int row = std::min(m_grid->rows - 1,
            int(qint64(position.y() - area.top()) * m_grid->rows / std::max(1, area.height())));
        const int column = std::min(m_grid->columns - 1,
            int(qint64(position.x() - area.left()) * m_grid->columns / std::max(1, area.width())));
        const qint64 firstRow = row * m_grid->blockRows;
        const qint64 firstColumn = column * m_grid->blockColumns;
        const double value = m_grid->at(row, column);
        const QString where = m_grid->blockRows * m_grid->blockColumns == 1
            ? ArrayView::tr("row %1, column %2").arg(firstRow).arg(firstColumn)
            : ArrayView::tr("rows %1–%2, columns %3–%4")
                  .arg(firstRow)
                  .arg(firstRow + m_grid->blockRows - 1)
                  .arg(firstColumn)
                  .arg(firstColumn + m_grid->blockColumns - 1);
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
            where + QLatin1String(": ")
                + (std::isnan(value) ? ArrayView::tr("no finite value") : numberText(value)),
            this);
        return true;
    }

private:
    static constexpr int kGap = 6;
    static constexpr int kBarHeight = 12;

    QRect imageArea() const
    {
        const int legend = kGap + kBarHeight + 2 + fontMetrics().height();
        return rect().adjusted(4, 4, -4, -4 - legend);
    }

    QImage m_image;
    const skops::HeatmapGrid *m_grid = nullptr;
};

} // namespace

ArrayView::ArrayView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArrayTableModel(this))
{
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setTextFormat(Qt::PlainText);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createTable(), tr("&Values"));
    m_tabs->addTab(createHistogramPage(), tr("&Histogram"));
    m_tabs->addTab(createHeatmapPage(), tr("Heat&map"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ArrayView::onTabChanged);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(createStatisticsPanel());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_info);
    layout->addWidget(createSliceBar());
    layout->addWidget(createPageBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(createBusyBar());
    layout->addLayout(createExportRow());

    connect(m_model, &ArrayTableModel::sliceChanged, this, &ArrayView::onSliceChanged);
    connect(m_model, &ArrayTableModel::pageChanged, this, [this] {
        updatePageControls();
        widenColumnsToFit();
    });
    clear();
}

// Axis choosers and indexes of the other axes (N-d arrays only).
QWidget *ArrayView::createSliceBar()
{
    m_sliceBar = new QWidget(this);
    m_rowAxis = new QComboBox(m_sliceBar);
    m_rowAxis->setToolTip(tr("The axis that runs down the rows"));
    m_columnAxis = new QComboBox(m_sliceBar);
    m_columnAxis->setToolTip(tr("The axis that runs across the columns"));
    m_indexBox = new QWidget(m_sliceBar);
    auto *indexLayout = new QHBoxLayout(m_indexBox);
    indexLayout->setContentsMargins(0, 0, 0, 0);
    auto *sliceLayout = new QHBoxLayout(m_sliceBar);
    sliceLayout->setContentsMargins(0, 0, 0, 0);
    sliceLayout->addWidget(new QLabel(tr("Rows:"), m_sliceBar));
    sliceLayout->addWidget(m_rowAxis);
    sliceLayout->addWidget(new QLabel(tr("Columns:"), m_sliceBar));
    sliceLayout->addWidget(m_columnAxis);
    sliceLayout->addWidget(m_indexBox);
    sliceLayout->addStretch();
    connect(m_rowAxis, &QComboBox::activated, this, &ArrayView::onAxisChosen);
    connect(m_columnAxis, &QComboBox::activated, this, &ArrayView::onAxisChosen);
    return m_sliceBar;
}

// Pages of a slice too large for one table.
QWidget *ArrayView::createPageBar()
{
    m_pageBar = new QWidget(this);
    const auto addPageChooser = [this](const QString &label, const QString &toolTip, QSpinBox *&spin,
                                    QLabel *&range) {
        auto *box = new QWidget(m_pageBar);
        spin = new QSpinBox(box);
        spin->setToolTip(toolTip);
        range = new QLabel(box);
        auto *boxLayout = new QHBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(new QLabel(label, box));
        boxLayout->addWidget(spin);
        boxLayout->addWidget(range);
        return box;
    };
    auto *pageLayout = new QHBoxLayout(m_pageBar);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(addPageChooser(tr("Row page:"),
        tr("The table shows %L1 rows at a time").arg(ArrayTableModel::kPageRows), m_rowPage,
        m_rowPageRange));
    pageLayout->addWidget(addPageChooser(tr("Column page:"),
        tr("The table shows %L1 columns at a time").arg(ArrayTableModel::kPageColumns), m_columnPage,
        m_columnPageRange));
    pageLayout->addStretch();
    m_goTo = new QLineEdit(m_pageBar);
    m_goTo->setPlaceholderText(tr("row, column"));
    m_goTo->setToolTip(tr("Go to a row, or to a row and a column, as numpy indexes them "
                          "(-1 is the last) (Ctrl+G)"));
    m_goTo->setClearButtonEnabled(true);
    m_goTo->setMaximumWidth(m_goTo->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    m_goToProblem = new QLabel(m_pageBar);
    pageLayout->addWidget(m_goToProblem);
    pageLayout->addWidget(new QLabel(tr("Go to:"), m_pageBar));
    pageLayout->addWidget(m_goTo);
    connect(m_goTo, &QLineEdit::returnPressed, this, [this] { goTo(m_goTo->text()); });
    connect(m_goTo, &QLineEdit::textEdited, m_goToProblem, &QLabel::clear);
    auto *goToAction = new QAction(tr("Go To…"), this);
    goToAction->setShortcut(Qt::CTRL | Qt::Key_G);
    goToAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(goToAction, &QAction::triggered, this, [this] {
        m_goTo->setFocus(Qt::ShortcutFocusReason);
        m_goTo->selectAll();
    });
    addAction(goToAction);
    const auto choosePage = [this] { m_model->setPage(m_rowPage->value() - 1, m_columnPage->value() - 1); };
    connect(m_rowPage, &QSpinBox::valueChanged, this, choosePage);
    connect(m_columnPage, &QSpinBox::valueChanged, this, choosePage);
    return m_pageBar;
}

QWidget *ArrayView::createTable()
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new MaskedCellDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setResizeContentsPrecision(100); // rows sampled to fit columns
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    auto *copyAction = new QAction(tr("&Copy"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &ArrayView::copySelection);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return m_table;
}

QWidget *ArrayView::createHistogramPage()
{
    auto *page = new QWidget(this);
    m_chart = new QChartView(new QChart, page);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->chart()->legend()->hide();
    m_histogramMessage = new QLabel(page);
    m_histogramMessage->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_histogramMessage);
    layout->addWidget(m_chart, 1);
    return page;
}

QWidget *ArrayView::createHeatmapPage()
{
    auto *page = new QWidget(this);
    m_reduction = new QComboBox(page);
    m_reduction->addItem(tr("Block mean"), int(ArrayStatistics::BlockReduction::Mean));
    m_reduction->addItem(tr("Block value of largest magnitude"),
        int(ArrayStatistics::BlockReduction::MaxAbs));
    m_reduction->setToolTip(tr("How a block of values becomes one pixel when the slice has "
                               "more than %1 rows or columns")
                                .arg(ArrayStatistics::kMaxHeatmapCells));
    connect(m_reduction, &QComboBox::activated, this, [this] {
        m_heatmapStale = true;
        startHeatmap();
    });
    m_heatmapMessage = new QLabel(page);
    m_heatmapMessage->setWordWrap(true);
    m_heatmap = new HeatmapCanvas(page);
    auto *reductionRow = new QHBoxLayout;
    reductionRow->addWidget(m_heatmapMessage, 1);
    reductionRow->addWidget(m_reduction);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(reductionRow);
    layout->addWidget(m_heatmap, 1);
    return page;
}

QWidget *ArrayView::createStatisticsPanel()
{
    auto *panel = new QWidget(this);
    m_field = new QComboBox(panel);
    m_field->setToolTip(tr("The numeric field that statistics, histogram and heatmap show"));
    connect(m_field, &QComboBox::activated, this, &ArrayView::onFieldChosen);
    m_statisticsLabel = new QLabel(panel);
    m_statisticsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statisticsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_statisticsLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Statistics</b>"), panel));
    layout->addWidget(m_field);
    layout->addWidget(m_statisticsLabel, 1);
    return panel;
}

// Progress of background jobs, with Cancel.
QWidget *ArrayView::createBusyBar()
{
    m_busyBar = new QWidget(this);
    m_busyText = new QLabel(m_busyBar);
    m_progress = new QProgressBar(m_busyBar);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), m_busyBar);
    connect(m_cancel, &QPushButton::clicked, this, &ArrayView::cancelJobs);
    auto *layout = new QHBoxLayout(m_busyBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busyText);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    m_busyBar->hide();
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ArrayView::updateBusy);
    return m_busyBar;
}

QLayout *ArrayView::createExportRow()
{
    m_showMasked = new QCheckBox(tr("Show &masked values"), this);
    m_showMasked->setToolTip(tr("Masked values read \"--\", as numpy prints them; "
                                "tick to see the stored values in grey"));
    connect(m_showMasked, &QCheckBox::toggled, m_model, &ArrayTableModel::setShowMaskedValues);
    m_exportArray = new QPushButton(tr("Export array as CSV…"), this);
    m_exportArray->setToolTip(tr("Every element, one line each, with its index along every axis"));
    m_exportSlice = new QPushButton(tr("Export slice as CSV…"), this);
    m_exportSlice->setToolTip(tr("The current two-dimensional slice, every page of it, as a table"));
    connect(m_exportArray, &QPushButton::clicked, this, [this] { chooseExportPath(true); });
    connect(m_exportSlice, &QPushButton::clicked, this, [this] { chooseExportPath(false); });
    m_exportStatus = new QLabel(this);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(this, &ArrayView::exportFinished, m_exportStatus,
        [this](bool, const QString &message) { m_exportStatus->setText(message); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_showMasked);
    row->addWidget(m_exportStatus, 1);
    row->addWidget(m_exportSlice);
    row->addWidget(m_exportArray);
    return row;
}

ArrayView::~ArrayView()
{
    for (Job &job : m_jobs) {
        if (job.cancel)
            job.cancel->store(true);
    }
}

template<typename T, typename Work, typename Done>
void ArrayView::startJob(JobKind kind, Work work, Done done)
{
    stopJob(kind);
    Job &job = m_jobs[kind];
    job.id = ++m_jobCounter;
    job.running = true;
    job.cancel = std::make_shared<std::atomic<bool>>(false);
    job.permille = std::make_shared<std::atomic<int>>(-1);
    const quint64 id = job.id;
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, kind, id, done] {
        const T result = watcher->result();
        watcher->deleteLater();
        if (m_jobs[kind].id != id)
            return; // superseded or cancelled
        m_jobs[kind].running = false;
        updateBusy();
        done(result);
    });
    watcher->setFuture(
        QtConcurrent::run([work, cancel = job.cancel, permille = job.permille]() -> T {
            const ArrayStatistics::Progress progress = [permille](qint64 done, qint64 total) {
                permille->store(total > 0 ? int(done * 1000 / total) : 1000);
            };
            return work(cancel.get(), progress);
        }));
    updateBusy();
}

void ArrayView::stopJob(JobKind kind)
{
    Job &job = m_jobs[kind];
    if (job.cancel)
        job.cancel->store(true);
    job.id = 0;
    job.running = false;
}

void ArrayView::cancelJobs()
{
    if (m_jobs[StatisticsJob].running)
        showStatisticsMessage(tr("Cancelled."));
    if (m_jobs[HistogramJob].running) {
        m_histogramMessage->setText(tr("Cancelled. Show this tab again to compute the histogram."));
        m_histogramStale = true;
    }
    if (m_jobs[HeatmapJob].running) {
        m_heatmapMessage->setText(tr("Cancelled. Show this tab again to compute the heatmap."));
        m_heatmapStale = true;
    }
    if (m_jobs[ExportJob].running)
        emit exportFinished(false, tr("The export was cancelled."));
    for (int kind = 0; kind < JobKindCount; ++kind)
        stopJob(JobKind(kind));
    updateBusy();
}

bool ArrayView::isBusy() const
{
    return std::any_of(std::begin(m_jobs), std::end(m_jobs), [](const Job &job) { return job.running; });
}

void ArrayView::updateBusy()
{
    static const char *const names[JobKindCount] = {
        QT_TR_NOOP("Computing statistics…"),
        QT_TR_NOOP("Computing the histogram…"),
        QT_TR_NOOP("Computing the heatmap…"),
        QT_TR_NOOP("Exporting…"),
    };
    // The export matters most to the user, then the statistics.
    static const JobKind order[] = { ExportJob, StatisticsJob, HistogramJob, HeatmapJob };
    const Job *shown = nullptr;
    for (JobKind kind : order) {
        if (m_jobs[kind].running) {
            shown = &m_jobs[kind];
            m_busyText->setText(tr(names[kind]));
            break;
        }
    }
    m_busyBar->setVisible(shown);
    if (!shown) {
        m_progressTimer->stop();
        return;
    }
    if (!m_progressTimer->isActive())
        m_progressTimer->start();
    const int permille = shown->permille->load();
    if (permille < 0) {
        m_progress->setRange(0, 0); // busy indicator
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(permille);
    }
}

void ArrayView::setArray(std::shared_ptr<const NpyArray> array,
    std::shared_ptr<const NpyArray> mask, const QString &name)
{
    // A running export keeps its own copy of the data and goes on.
    stopJob(StatisticsJob);
    stopJob(HistogramJob);
    stopJob(HeatmapJob);
    updateBusy();
    m_name = name;
    m_statistics.reset();
    m_histogram.reset();
    m_heatmapGrid.reset();
    m_heatmapImage = QImage();
    static_cast<HeatmapCanvas *>(m_heatmap)->showGrid(QImage(), nullptr);
    m_histogramStale = true;
    m_heatmapStale = true;
    const bool hasMask = bool(mask);
    m_replacingArray = true;
    const bool maskUsed = m_model->setArray(std::move(array), std::move(mask));
    m_replacingArray = false;
    m_showMasked->setVisible(hasMask && maskUsed);
    m_showMasked->setChecked(false);

    // Numeric fields of a structured dtype to pick from.
    m_field->clear();
    const ArraySlice &slice = m_model->slice();
    for (int field = 0; field < int(slice.fields().size()); ++field) {
        if (slice.isNumeric(field))
            m_field->addItem(slice.fields()[size_t(field)].name, field);
    }
    m_field->setVisible(!slice.fields().empty());

    buildSliceControls();
    updatePageControls();
    if (slice.columnCount() <= 64)
        m_table->resizeColumnsToContents();
    updateInfo();
    if (hasMask && !maskUsed)
        m_info->setText(m_info->text() + QLatin1Char('\n')
            + tr("The mask does not fit the data (it must be a bool array of the same shape) "
                 "and is ignored."));
    const bool enabled = m_model->array() != nullptr;
    m_exportArray->setEnabled(enabled);
    m_exportSlice->setEnabled(enabled);
    updateTabs();
    if (enabled)
        startStatistics();
    onTabChanged();
}

void ArrayView::clear()
{
    setArray(nullptr);
    showStatisticsMessage(QString());
}

std::shared_ptr<const NpyArray> ArrayView::array() const
{
    return m_model->sharedArray();
}

QSpinBox *ArrayView::indexChooser(int axis) const
{
    if (axis < 0 || axis >= int(m_indexChoosers.size()))
        return nullptr;
    return m_model->slice().isFixedAxis(axis) ? m_indexChoosers[size_t(axis)] : nullptr;
}

QString ArrayView::infoText() const
{
    return m_info->text();
}

QString ArrayView::statisticsText() const
{
    return m_statisticsLabel->text();
}

void ArrayView::buildSliceControls()
{
    for (QSpinBox *chooser : m_indexChoosers) {
        if (chooser)
            delete chooser->parentWidget();
    }
    m_indexChoosers.clear();
    m_rowAxis->clear();
    m_columnAxis->clear();
    const ArraySlice &slice = m_model->slice();
    const int dimensions = slice.dimensionCount();
    m_sliceBar->setVisible(dimensions >= 2);
    if (dimensions < 2)
        return;
    for (int axis = 0; axis < dimensions; ++axis) {
        const QString label
            = tr("%1 (%2)").arg(ArraySlice::axisName(axis)).arg(slice.shape()[size_t(axis)]);
        m_rowAxis->addItem(label);
        m_columnAxis->addItem(label);
    }
    if (dimensions > 2) {
        for (int axis = 0; axis < dimensions; ++axis) {
            auto *box = new QWidget(m_indexBox);
            auto *boxLayout = new QHBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            const qint64 extent = slice.shape()[size_t(axis)];
            auto *spin = new QSpinBox(box);
            spin->setRange(0, int(std::clamp<qint64>(extent - 1, 0, INT_MAX)));
            spin->setEnabled(extent > 1);
            spin->setToolTip(tr("The index along %1 (0 to %2)")
                                 .arg(ArraySlice::axisName(axis))
                                 .arg(std::max<qint64>(extent - 1, 0)));
            boxLayout->addWidget(new QLabel(ArraySlice::axisName(axis) + QLatin1Char(':'), box));
            boxLayout->addWidget(spin);
            connect(spin, &QSpinBox::valueChanged, this,
                [this, axis](int index) { m_model->setFixedIndex(axis, index); });
            m_indexBox->layout()->addWidget(box);
            m_indexChoosers.push_back(spin);
        }
    } else {
        m_indexChoosers.assign(size_t(dimensions), nullptr);
    }
    onSliceChanged();
}

void ArrayView::onAxisChosen()
{
    const ArraySlice &slice = m_model->slice();
    int row = m_rowAxis->currentIndex();
    int column = m_columnAxis->currentIndex();
    if (row == column) {
        // Picking the other chooser's axis swaps the two.
        if (row != slice.rowAxis())
            column = slice.rowAxis();
        else
            row = slice.columnAxis();
    }
    m_model->setAxes(row, column);
}

void ArrayView::onSliceChanged()
{
    if (m_replacingArray)
        return;
    const ArraySlice &slice = m_model->slice();
    {
        const QSignalBlocker rowBlocker(m_rowAxis);
        const QSignalBlocker columnBlocker(m_columnAxis);
        m_rowAxis->setCurrentIndex(slice.rowAxis());
        m_columnAxis->setCurrentIndex(slice.columnAxis());
    }
    for (int axis = 0; axis < int(m_indexChoosers.size()); ++axis) {
        QSpinBox *spin = m_indexChoosers[size_t(axis)];
        if (!spin)
            continue;
        spin->parentWidget()->setVisible(slice.isFixedAxis(axis));
        const QSignalBlocker blocker(spin);
        spin->setValue(int(slice.fixedIndex(axis)));
    }
    updateInfo();
    updatePageControls();
    m_heatmapStale = true;
    if (m_tabs->currentIndex() == HeatmapTab && !m_replacingArray)
        startHeatmap();
}

void ArrayView::updatePageControls()
{
    const QLocale locale;
    const ArraySlice &slice = m_model->slice();
    const qint64 rowPages = m_model->rowPageCount();
    const qint64 columnPages = m_model->columnPageCount();
    const QSignalBlocker rowBlocker(m_rowPage);
    const QSignalBlocker columnBlocker(m_columnPage);
    m_rowPage->setRange(1, int(std::min<qint64>(rowPages, INT_MAX)));
    m_rowPage->setValue(int(m_model->rowPage() + 1));
    m_columnPage->setRange(1, int(std::min<qint64>(columnPages, INT_MAX)));
    m_columnPage->setValue(int(m_model->columnPage() + 1));
    const auto range = [&](qint64 pages, qint64 first, int shown, qint64 total) {
        return tr("of %1: %2–%3 of %4")
            .arg(locale.toString(pages), locale.toString(first),
                locale.toString(first + std::max(shown, 1) - 1), locale.toString(total));
    };
    m_rowPageRange->setText(range(rowPages, m_model->firstRow(), m_model->rowCount(), slice.rowCount()));
    m_columnPageRange->setText(
        range(columnPages, m_model->firstColumn(), m_model->columnCount(), slice.columnCount()));
    m_rowPage->parentWidget()->setVisible(rowPages > 1);
    m_columnPage->parentWidget()->setVisible(columnPages > 1);
    m_pageBar->setVisible(m_model->array() && slice.rowCount() > 0 && slice.columnCount() > 0);
}

// Another page can hold wider values (larger indexes, longer texts): widen
// the columns that need it, never narrowing what the user sized.
void ArrayView::widenColumnsToFit()
{
    if (m_model->columnCount() > 64)
        return;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int width = m_table->columnWidth(column);
        m_table->resizeColumnToContents(column);
        if (m_table->columnWidth(column) < width)
            m_table->setColumnWidth(column, width);
    }
}

bool ArrayView::goTo(const QString &text)
{
    const ArraySlice &slice = m_model->slice();
    const auto fail = [this](const QString &problem) {
        m_goToProblem->setText(problem);
        return false;
    };
    // "1200", "1200, 3", "1200 3" or "[1200, 3]".
    QString cleaned = text.trimmed();
    if (cleaned.startsWith(QLatin1Char('[')) && cleaned.endsWith(QLatin1Char(']')))
        cleaned = cleaned.mid(1, cleaned.size() - 2);
    cleaned.replace(QLatin1Char(','), QLatin1Char(' '));
    const QStringList parts = cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString usage = tr("Type a row, or a row and a column: 1200 or 1200, 3");
    if (parts.isEmpty() || parts.size() > 2)
        return fail(usage);
    std::array<qint64, 2> position { 0, 0 };
    const std::array<qint64, 2> extent { slice.rowCount(), slice.elementColumnCount() };
    const QLocale locale;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        qint64 value = parts[i].toLongLong(&ok);
        if (!ok)
            return fail(usage);
        const qint64 given = value;
        if (value < 0)
            value += extent[size_t(i)];
        if (value < 0 || value >= extent[size_t(i)]) {
            const QString range = extent[size_t(i)] == 0 ? tr("none")
                                                         : tr("0 to %1").arg(locale.toString(extent[size_t(i)] - 1));
            return fail(i == 0 ? tr("No row %1 (rows: %2)").arg(locale.toString(given), range)
                               : tr("No column %1 (columns: %2)").arg(locale.toString(given), range));
        }
        position[size_t(i)] = value;
    }
    const QModelIndex cell = m_model->showCell(position[0], position[1]);
    if (!cell.isValid())
        return fail(usage);
    m_goToProblem->clear();
    m_tabs->setCurrentIndex(ValuesTab);
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

QString ArrayView::goToProblem() const
{
    return m_goToProblem->text();
}

void ArrayView::updateInfo()
{
    const NpyArray *array = m_model->array();
    if (!array) {
        m_info->setText(tr("No array."));
        return;
    }
    const QLocale locale;
    QStringList parts;
    if (!m_name.isEmpty())
        parts << m_name;
    parts << tr("dtype %1").arg(array->dtype().name());
    parts << tr("shape %1").arg(shapeText(array->shape()));
    parts << (array->size() == 1 ? tr("1 element")
                                 : tr("%1 elements").arg(locale.toString(array->size())));
    const qint64 bytes = array->header().dataByteCount();
    parts << (bytes < 1024 ? tr("%1 bytes").arg(bytes)
                           : tr("%1 (%2 bytes)").arg(locale.formattedDataSize(bytes), locale.toString(bytes)));
    if (array->header().fortranOrder())
        parts << tr("stored in Fortran order");
    QString text = parts.join(QStringLiteral(" · "));
    if (m_model->slice().fieldsTruncated())
        text += QLatin1Char('\n')
            + tr("The dtype has more than %1 fields; the table shows the first %1.")
                  .arg(ArraySlice::kMaxFields);
    m_info->setText(text);
}

bool ArrayView::fieldIsNumeric() const
{
    const ArraySlice &slice = m_model->slice();
    if (!m_model->array())
        return false;
    if (slice.fields().empty())
        return slice.isNumeric(0);
    return m_field->count() > 0;
}

int ArrayView::currentField() const
{
    return m_model->slice().fields().empty() ? 0 : m_field->currentData().toInt();
}

ArrayStatistics::Source ArrayView::source() const
{
    ArrayStatistics::Source source;
    source.array = m_model->array();
    source.mask = m_model->sharedMask().get();
    source.slice = &m_model->slice();
    source.field = currentField();
    return source;
}

void ArrayView::updateTabs()
{
    const bool numeric = fieldIsNumeric();
    m_tabs->setTabEnabled(HistogramTab, numeric);
    m_tabs->setTabEnabled(HeatmapTab, numeric && m_model->slice().dimensionCount() >= 2);
}

void ArrayView::onTabChanged()
{
    if (m_tabs->currentIndex() == HistogramTab && m_histogramStale)
        startHistogram();
    else if (m_tabs->currentIndex() == HeatmapTab && m_heatmapStale)
        startHeatmap();
}

void ArrayView::onFieldChosen()
{
    m_statistics.reset();
    m_histogram.reset();
    m_histogramStale = true;
    m_heatmapStale = true;
    startStatistics();
    onTabChanged();
}

// ------------------------------------------------------------ statistics

void ArrayView::showStatisticsMessage(const QString &message)
{
    m_statisticsLabel->setTextFormat(Qt::PlainText);
    m_statisticsLabel->setWordWrap(true);
    m_statisticsLabel->setText(message);
}

void ArrayView::startStatistics()
{
    stopJob(StatisticsJob);
    m_statistics.reset();
    if (!m_model->array())
        return;
    if (!fieldIsNumeric()) {
        showStatisticsMessage(tr("No statistics: the values of dtype %1 are not numbers.")
                                  .arg(m_model->array()->dtype().name()));
        return;
    }
    showStatisticsMessage(tr("Computing…"));
    const std::shared_ptr<const NpyArray> array = m_model->sharedArray();
    const std::shared_ptr<const NpyArray> mask = m_model->sharedMask();
    const ArraySlice slice = m_model->slice();
    const int field = currentField();
    startJob<Outcome<skops::ArrayStats>>(
        StatisticsJob,
        [array, mask, slice, field](
            const std::atomic<bool> *cancel, const ArrayStatistics::Progress &progress) {
            return outcomeOf(ArrayStatistics::stats(
                ArrayStatistics::Source { array.get(), mask.get(), &slice, field }, cancel,
                progress));
        },
        [this](const Outcome<skops::ArrayStats> &result) {
            if (result.ok()) {
                m_statistics = result.value;
                showStatistics();
            } else {
                showStatisticsMessage(result.error.message);
            }
            emit statisticsFinished();
            if (m_tabs->currentIndex() == HistogramTab && m_histogramStale)
                startHistogram();
        });
}

void ArrayView::showStatistics()
{
    const skops::ArrayStats &stats = *m_statistics;
    const QLocale locale;
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(m_model->sharedMask() ? tr("Values (not masked)") : tr("Values"),
        locale.toString(stats.count));
    html += row(tr("Finite"), locale.toString(stats.finiteCount));
    html += row(tr("NaN"), locale.toString(stats.nanCount));
    html += row(tr("+inf"), locale.toString(stats.positiveInfinityCount));
    html += row(tr("−inf"), locale.toString(stats.negativeInfinityCount));
    html += row(tr("Min"), numberText(stats.min));
    html += row(tr("Max"), numberText(stats.max));
    html += row(tr("Mean"), numberText(stats.mean));
    html += row(tr("Std. dev."), numberText(stats.standardDeviation));
    html += QStringLiteral("</table>");
    m_statisticsLabel->setTextFormat(Qt::RichText);
    m_statisticsLabel->setWordWrap(false); // the table asks for the width of its longest number
    m_statisticsLabel->setText(html);
}

// ------------------------------------------------------------- histogram

void ArrayView::startHistogram()
{
    stopJob(HistogramJob);
    m_histogram.reset();
    m_chart->chart()->removeAllSeries();
    if (!m_model->array() || !fieldIsNumeric())
        return;
    if (!m_statistics) {
        m_histogramMessage->setText(m_jobs[StatisticsJob].running
                ? tr("Waiting for the statistics…")
                : tr("The histogram needs the statistics, which were not computed."));
        return;
    }
    if (m_statistics->finiteCount == 0) {
        m_histogramMessage->setText(tr("There are no finite values."));
        m_histogramStale = false;
        return;
    }
    m_histogramStale = false;
    m_histogramMessage->setText(tr("Computing…"));
    const ArraySlice slice = m_model->slice();
    const int field = currentField();
    const NpyDtype &dtype
        = slice.fields().empty() ? m_model->array()->dtype() : *slice.fields()[size_t(field)].dtype;
    const NpyDtype::Kind kind = dtype.kind();
    const bool integral = kind == NpyDtype::Kind::Bool || kind == NpyDtype::Kind::SignedInt
        || kind == NpyDtype::Kind::UnsignedInt;
    const skops::Histogram layout = ArrayStatistics::histogramLayout(
        m_statistics->min, m_statistics->max, integral, kHistogramBins);
    const std::shared_ptr<const NpyArray> array = m_model->sharedArray();
    const std::shared_ptr<const NpyArray> mask = m_model->sharedMask();
    startJob<Outcome<skops::Histogram>>(
        HistogramJob,
        [array, mask, slice, field, layout](
            const std::atomic<bool> *cancel, const ArrayStatistics::Progress &progress) {
            return outcomeOf(ArrayStatistics::histogram(
                ArrayStatistics::Source { array.get(), mask.get(), &slice, field }, layout, cancel,
                progress));
        },
        [this](const Outcome<skops::Histogram> &result) {
            if (result.ok()) {
                m_histogram = result.value;
                showHistogram();
            } else {
                m_histogramMessage->setText(result.error.message);
            }
            emit histogramFinished();
        });
}

void ArrayView::showHistogram()
{
    const skops::Histogram &histogram = *m_histogram;
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    // A step outline over the bins, filled down to zero.
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    qint64 highest = 0;
    qint64 counted = 0;
    for (int bin = 0; bin < int(histogram.counts.size()); ++bin) {
        const auto count = double(histogram.counts[size_t(bin)]);
        upper->append(histogram.binStart(bin), count);
        upper->append(histogram.binStart(bin + 1), count);
        highest = std::max(highest, histogram.counts[size_t(bin)]);
        counted += histogram.counts[size_t(bin)];
    }
    lower->append(histogram.min, 0);
    lower->append(histogram.max, 0);
    auto *area = new QAreaSeries(upper, lower);
    // The area series does not own its outlines; removeAllSeries() deletes it and them.
    upper->setParent(area);
    lower->setParent(area);
    area->setColor(colourAt(0.35));
    area->setBorderColor(colourAt(0.1));
    chart->addSeries(area);
    auto *xAxis = new QValueAxis;
    xAxis->setRange(histogram.min, histogram.max);
    xAxis->setLabelFormat(QStringLiteral("%.4g"));
    // Whole counts: ticks every 1, 2 or 5 × 10^k, at most about six of them.
    static const double mantissas[] = { 1, 2, 5 };
    int mantissa = 0;
    double scale = 1;
    while (double(highest) / (mantissas[mantissa] * scale) > 5) {
        if (++mantissa == 3) {
            mantissa = 0;
            scale *= 10;
        }
    }
    const double step = mantissas[mantissa] * scale;
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, std::max(step, std::ceil(double(highest) / step) * step));
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(step);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    area->attachAxis(xAxis);
    area->attachAxis(yAxis);
    const QLocale locale;
    m_histogramMessage->setText(tr("Finite values: %1 · bins: %2 · bin width: %3")
                                    .arg(locale.toString(counted))
                                    .arg(histogram.counts.size())
                                    .arg(numberText(histogram.binWidth())));
}

// --------------------------------------------------------------- heatmap

void ArrayView::startHeatmap()
{
    stopJob(HeatmapJob);
    m_heatmapGrid.reset();
    m_heatmapImage = QImage();
    static_cast<HeatmapCanvas *>(m_heatmap)->showGrid(QImage(), nullptr);
    if (!m_model->array())
        return;
    if (m_model->slice().dimensionCount() < 2 || !fieldIsNumeric()) {
        m_heatmapMessage->setText(tr("A heatmap needs numeric values in two or more dimensions."));
        m_heatmapStale = false;
        return;
    }
    m_heatmapStale = false;
    m_heatmapMessage->setText(tr("Computing…"));
    const std::shared_ptr<const NpyArray> array = m_model->sharedArray();
    const std::shared_ptr<const NpyArray> mask = m_model->sharedMask();
    const ArraySlice slice = m_model->slice();
    const int field = currentField();
    const auto reduction = ArrayStatistics::BlockReduction(m_reduction->currentData().toInt());
    startJob<Outcome<HeatmapResult>>(
        HeatmapJob,
        [array, mask, slice, field, reduction](
            const std::atomic<bool> *cancel, const ArrayStatistics::Progress &progress) {
            Outcome<HeatmapResult> outcome;
            auto grid = ArrayStatistics::heatmap(
                ArrayStatistics::Source { array.get(), mask.get(), &slice, field }, reduction,
                ArrayStatistics::kMaxHeatmapCells, cancel, progress);
            if (!grid.ok()) {
                outcome.error = grid.error();
                return outcome;
            }
            outcome.value.image = heatmapImageOf(grid.value());
            outcome.value.grid = std::move(grid).value();
            return outcome;
        },
        [this](const Outcome<HeatmapResult> &result) {
            if (result.ok()) {
                m_heatmapGrid = result.value.grid;
                m_heatmapImage = result.value.image;
                showHeatmap();
            } else {
                m_heatmapMessage->setText(result.error.message);
            }
            emit heatmapFinished();
        });
}

void ArrayView::showHeatmap()
{
    const skops::HeatmapGrid &grid = *m_heatmapGrid;
    static_cast<HeatmapCanvas *>(m_heatmap)->showGrid(m_heatmapImage, &grid);
    const ArraySlice &slice = m_model->slice();
    QString text = tr("Rows: %1, columns: %2.")
                       .arg(ArraySlice::axisName(slice.rowAxis()),
                           ArraySlice::axisName(slice.columnAxis()));
    if (grid.blockRows * grid.blockColumns > 1)
        text += QLatin1Char(' ')
            + tr("Each pixel stands for a block of %1 × %2 values.")
                  .arg(grid.blockRows)
                  .arg(grid.blockColumns);
    if (grid.rows == 0 || grid.columns == 0)
        text = tr("The slice is empty.");
    m_heatmapMessage->setText(text);
}

// ------------------------------------------------------- copy and export

QString ArrayView::selectionAsTsv() const
{
    const QItemSelection selection = m_table->selectionModel()->selection();
    if (selection.isEmpty())
        return QString();
    // The union of the selected row and column intervals, in order.
    using Interval = std::pair<int, int>;
    std::vector<Interval> rows;
    std::vector<Interval> columns;
    for (const QItemSelectionRange &range : selection) {
        rows.emplace_back(range.top(), range.bottom());
        columns.emplace_back(range.left(), range.right());
    }
    const auto merge = [](std::vector<Interval> &intervals) {
        std::sort(intervals.begin(), intervals.end());
        std::vector<Interval> merged;
        for (const Interval &interval : intervals) {
            if (!merged.empty() && interval.first <= merged.back().second + 1)
                merged.back().second = std::max(merged.back().second, interval.second);
            else
                merged.push_back(interval);
        }
        intervals = std::move(merged);
        qint64 count = 0;
        for (const Interval &interval : intervals)
            count += interval.second - interval.first + 1;
        return count;
    };
    const qint64 rowCount = merge(rows);
    const qint64 columnCount = merge(columns);
    if (rowCount * columnCount > kMaxCopyCells)
        return QString();
    const bool rectangular = selection.size() == 1;
    QString text;
    for (const Interval &rowInterval : rows) {
        for (int row = rowInterval.first; row <= rowInterval.second; ++row) {
            bool first = true;
            for (const Interval &columnInterval : columns) {
                for (int column = columnInterval.first; column <= columnInterval.second; ++column) {
                    if (!first)
                        text += QLatin1Char('\t');
                    first = false;
                    if (rectangular || selection.contains(m_model->index(row, column)))
                        text += m_model->cellText(row, column);
                }
            }
            text += QLatin1Char('\n');
        }
    }
    return text;
}

bool ArrayView::copySelection()
{
    const QString text = selectionAsTsv();
    if (text.isEmpty())
        return false;
    QApplication::clipboard()->setText(text);
    return true;
}

void ArrayView::chooseExportPath(bool wholeArray)
{
    const QString stem = m_name.isEmpty() ? QStringLiteral("array") : m_name;
    const QString path = QFileDialog::getSaveFileName(this,
        wholeArray ? tr("Export array as CSV") : tr("Export slice as CSV"),
        QDir::home().filePath(stem + (wholeArray ? QString() : QStringLiteral("-slice"))
            + QStringLiteral(".csv")),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (wholeArray)
        exportArray(path);
    else
        exportSlice(path);
}

void ArrayView::exportArray(const QString &path)
{
    if (!m_model->array())
        return;
    const std::shared_ptr<const NpyArray> array = m_model->sharedArray();
    const std::shared_ptr<const NpyArray> mask = m_model->sharedMask();
    startJob<Outcome<bool>>(
        ExportJob,
        [path, array, mask](
            const std::atomic<bool> *cancel, const ArrayStatistics::Progress &progress) {
            Outcome<bool> outcome;
            const skops::Status status
                = skops::CsvExport::writeArray(path, *array, mask.get(), cancel, progress);
            outcome.value = status.ok();
            outcome.error = status.error();
            return outcome;
        },
        [this, path](const Outcome<bool> &result) {
            emit exportFinished(result.ok(),
                result.ok() ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                            : result.error.message);
        });
}

void ArrayView::exportSlice(const QString &path)
{
    if (!m_model->array())
        return;
    const std::shared_ptr<const NpyArray> array = m_model->sharedArray();
    const std::shared_ptr<const NpyArray> mask = m_model->sharedMask();
    const ArraySlice slice = m_model->slice();
    startJob<Outcome<bool>>(
        ExportJob,
        [path, array, mask, slice](
            const std::atomic<bool> *cancel, const ArrayStatistics::Progress &progress) {
            Outcome<bool> outcome;
            const skops::Status status
                = skops::CsvExport::writeSlice(path, *array, slice, mask.get(), cancel, progress);
            outcome.value = status.ok();
            outcome.error = status.error();
            return outcome;
        },
        [this, path](const Outcome<bool> &result) {
            emit exportFinished(result.ok(),
                result.ok() ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                            : result.error.message);
        });
}

"""infobox.dask.read_dump: the rows of `infobox dump`, computed on a dask.distributed cluster."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from infobox.dask import read_dump
from infobox.dump.run import run_dump
from infobox.records import arrow_schema

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"
MULTI = DUMPS / "enwiki-sample-multistream.xml.bz2"


def rows_of(frame: object) -> list[dict[str, object]]:
    """A computed frame's rows through Arrow, with the schema's types."""
    table = pa.Table.from_pandas(frame, schema=arrow_schema(), preserve_index=False)
    rows: list[dict[str, object]] = table.to_pylist()
    return rows


def dump_rows(tmp_path: Path) -> list[dict[str, object]]:
    out = tmp_path / "ref.parquet"
    run_dump([MULTI], out, workers=1)
    rows: list[dict[str, object]] = pq.read_table(out).to_pylist()
    return rows


def test_one_partition_per_group_of_streams_and_the_schema_as_meta() -> None:
    """read_dump plans a partition per stream group; its meta has the schema's columns."""
    df = read_dump(MULTI, streams_per_partition=2)
    assert df.npartitions >= 3
    assert arrow_schema().names == list(df.columns)


def test_the_synchronous_scheduler_gives_the_dump_rows(tmp_path: Path) -> None:
    """Computed in this process, read_dump gives the rows of `infobox dump`, in order."""
    frame = read_dump(MULTI, streams_per_partition=3).compute(scheduler="sync")
    assert dump_rows(tmp_path) == rows_of(frame)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_local_cluster_of_two_processes_gives_the_dump_rows(tmp_path: Path) -> None:
    """A distributed.LocalCluster with 2 worker processes computes the same rows."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        frame = read_dump(MULTI, streams_per_partition=2).compute()
        assert 2 == len(client.scheduler_info()["workers"])
    assert dump_rows(tmp_path) == rows_of(frame)


# dask's own to_parquet calls DataFrame.set_index(inplace=…), which pandas 3.1 deprecates.
@pytest.mark.filterwarnings("ignore:The inplace keyword:Warning")
def test_to_parquet_writes_the_dump_rows(tmp_path: Path) -> None:
    """df.to_parquet(folder) writes the rows of `infobox dump` with the schema's types."""
    folder = tmp_path / "settlements"
    read_dump(MULTI, streams_per_partition=2).to_parquet(
        folder, compute_kwargs={"scheduler": "sync"}
    )
    table = pq.read_table(folder)
    assert dump_rows(tmp_path) == table.select(arrow_schema().names).to_pylist()

package org.parley.job;

import java.nio.file.Path;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import org.parley.article.ArticleSet;

/**
 * Splits the article set's entries, in its stable order, into partitions of consecutive entries for
 * ingestion; as many as for extraction ({@link ArticlePartitionMapper#count}).
 */
public class SetPartitionMapper implements PartitionMapper {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "articles")
    String articles;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        int entries = ArticleSet.list(ArticleItemReader.set(articles)).size();
        JobEnvironment.current().progress().expectPartitioned(job.getExecutionId(), step.getStepName(), entries);
        return ArticlePartitionMapper.plan(entries, partitions);
    }
}

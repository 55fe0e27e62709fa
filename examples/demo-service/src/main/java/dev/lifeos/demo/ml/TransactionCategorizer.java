package dev.lifeos.demo.ml;

import dev.lifeos.demo.core.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Multinomial naive Bayes over the words of a transaction description. Small on purpose: the point
 * is that its accuracy is guarded by an {@code ml}-tagged test, as the spec's model validation
 * asks.
 */
public final class TransactionCategorizer {
  /** A description with the category a human gave it. */
  public record Example(String description, Category category) {}

  private final Map<Category, Map<String, Integer>> wordCounts = new EnumMap<>(Category.class);
  private final Map<Category, Integer> totalWords = new EnumMap<>(Category.class);
  private final Map<Category, Integer> examples = new EnumMap<>(Category.class);
  private final Set<String> vocabulary = new HashSet<>();
  private int exampleCount;

  public static TransactionCategorizer trainedOn(List<Example> training) {
    TransactionCategorizer categorizer = new TransactionCategorizer();
    training.forEach(categorizer::learn);
    return categorizer;
  }

  /** The model shipped with the service, trained on {@code ml_assets/training.csv}. */
  public static TransactionCategorizer bundled() {
    return trainedOn(readExamples("/ml_assets/training.csv"));
  }

  /** Reads {@code description;CATEGORY} lines from a classpath resource; '#' starts a comment. */
  public static List<Example> readExamples(String resource) {
    InputStream in = TransactionCategorizer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + resource);
    }
    List<Example> result = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int split = line.lastIndexOf(';');
        result.add(
            new Example(
                line.substring(0, split), Category.valueOf(line.substring(split + 1).trim())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  private void learn(Example example) {
    exampleCount++;
    examples.merge(example.category(), 1, Integer::sum);
    Map<String, Integer> counts =
        wordCounts.computeIfAbsent(example.category(), c -> new HashMap<>());
    for (String word : words(example.description())) {
      counts.merge(word, 1, Integer::sum);
      totalWords.merge(example.category(), 1, Integer::sum);
      vocabulary.add(word);
    }
  }

  /** The most likely category; {@link Category#OTHER} when no known word appears. */
  public Category categorize(String description) {
    List<String> words = words(description).stream().filter(vocabulary::contains).toList();
    if (words.isEmpty()) {
      return Category.OTHER;
    }
    Category best = Category.OTHER;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Category, Integer> entry : examples.entrySet()) {
      double score = logLikelihood(entry.getKey(), entry.getValue(), words);
      if (score > bestScore) {
        bestScore = score;
        best = entry.getKey();
      }
    }
    return best;
  }

  private double logLikelihood(Category category, int categoryExamples, List<String> words) {
    Map<String, Integer> counts = wordCounts.getOrDefault(category, Map.of());
    double denominator = totalWords.getOrDefault(category, 0) + (double) vocabulary.size();
    double score = Math.log(categoryExamples / (double) exampleCount);
    for (String word : words) {
      score += Math.log((counts.getOrDefault(word, 0) + 1) / denominator);
    }
    return score;
  }

  private static List<String> words(String description) {
    return Arrays.stream(description.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(word -> word.length() > 2)
        .toList();
  }
}

package dev.lifeos.maven.image;

import dev.lifeos.maven.report.GateReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What image-tags reports about the image it named: {@code tags.json}, the step summary's section
 * and the step outputs {@code image} and {@code tags} (the workflows' later jobs deploy by them).
 */
public final class ImageReport {
  private ImageReport() {}

  /** {@code tags.json} in {@code folder}, the step summary's section and the step outputs. */
  public static GateReport of(Path folder, ImagePlan plan, Optional<String> ref)
      throws IOException {
    return GateReport.in(folder)
        .json("tags.json", json(plan, ref))
        .summary(markdown(plan))
        .outputs(outputs(plan));
  }

  /** {@code tags.json}; {@code ref} is the git ref the build ran for, when known. */
  public static Map<String, Object> json(ImagePlan plan, Optional<String> ref) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("image", plan.image());
    json.put("repository", plan.repository());
    json.put("tags", plan.tags());
    json.put("images", plan.images());
    json.put("trigger", plan.trigger().name());
    json.put("ref", ref.orElse(null));
    json.put("push", plan.push());
    json.put("revision", plan.revision().orElse(null));
    json.put("labels", plan.labels());
    return json;
  }

  public static String markdown(ImagePlan plan) {
    return "### Image\n\n`"
        + plan.image()
        + "`"
        + (plan.additionalTags().isEmpty()
            ? ""
            : " also tagged `" + String.join("`, `", plan.additionalTags()) + "`")
        + (plan.push() ? "" : " (pull request: not pushed)")
        + "\n";
  }

  public static Map<String, String> outputs(ImagePlan plan) {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("image", plan.image());
    outputs.put("tags", String.join(",", plan.tags()));
    return outputs;
  }
}

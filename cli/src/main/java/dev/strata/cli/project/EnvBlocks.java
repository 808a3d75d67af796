package dev.strata.cli.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code env} blocks recovered from hcl4j's tree, and Atlas's selection among them.
 *
 * <p>hcl4j merges blocks by type and label: {@code env "a" {}} becomes {@code env -> {a -> body}},
 * a repeated label becomes a list of bodies, and an unlabeled {@code env {}} either merges its
 * attributes into the same map (when it comes first) or turns {@code env} into a list of maps. The
 * walk below undoes that: in a map that has a scalar {@code name} (an unlabeled body), entries
 * holding maps are labeled envs unless their key is one of the env body's own block types ({@link
 * #BODY_BLOCKS}); in any other map every entry is a labeled env. A labeled env named like a body
 * block ({@code env "lint"}) in a file whose unlabeled env comes first is therefore misread; hcl4j
 * cannot represent that file unambiguously.
 */
final class EnvBlocks {
  private EnvBlocks() {}

  /** The block types an env body may contain. */
  static final Set<String> BODY_BLOCKS =
      Set.of("migration", "format", "log", "lint", "diff", "schema", "test");

  /**
   * One env block: its label (null for an unlabeled block), its position among the blocks with the
   * same label (or among the unlabeled ones), and its evaluated body.
   */
  record Block(String label, int occurrence, Map<String, Object> body) {
    /** Returns the env's name: its label, or the {@code name} attribute of an unlabeled block. */
    String name() {
      return label != null
          ? label
          : body.get("name") instanceof String ? (String) body.get("name") : null;
    }

    /** Returns whether {@code other} is the same block of the same file, evaluated again. */
    boolean sameBlock(Block other) {
      return java.util.Objects.equals(label, other.label) && occurrence == other.occurrence;
    }
  }

  /**
   * Returns the blocks Atlas selects for {@code envName}: the labeled blocks with that label if
   * there are any (labeled blocks take precedence), else the unlabeled blocks whose {@code name}
   * evaluated to it ({@code name = atlas.env}); empty when none match.
   */
  static List<Block> select(Object envNode, String envName) {
    List<Block> all = all(envNode);
    List<Block> labeled = new ArrayList<>();
    List<Block> unlabeled = new ArrayList<>();
    for (Block block : all) {
      if (block.label() != null && block.label().equals(envName)) {
        labeled.add(block);
      } else if (block.label() == null && envName.equals(block.name())) {
        unlabeled.add(block);
      }
    }
    return labeled.isEmpty() ? unlabeled : labeled;
  }

  /**
   * Returns every env block of the tree, in a stable order (the same file gives the same order).
   */
  static List<Block> all(Object envNode) {
    List<Block> out = new ArrayList<>();
    walk(envNode, out);
    return out;
  }

  private static void walk(Object node, List<Block> out) {
    if (node instanceof List) {
      for (Object element : (List<?>) node) {
        walk(element, out);
      }
      return;
    }
    if (!(node instanceof Map)) {
      return;
    }
    Map<?, ?> map = (Map<?, ?>) node;
    boolean unlabeledBody = map.containsKey("name") && !isBlock(map.get("name"));
    Map<String, Object> body = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object value = entry.getValue();
      if (isBlock(value) && !(unlabeledBody && BODY_BLOCKS.contains(key))) {
        for (Object labeledBody : value instanceof List ? (List<?>) value : List.of(value)) {
          out.add(new Block(key, count(out, key), castBody(labeledBody)));
        }
      } else {
        body.put(key, value);
      }
    }
    if (unlabeledBody) {
      out.add(new Block(null, count(out, null), body));
    }
  }

  private static int count(List<Block> blocks, String label) {
    int n = 0;
    for (Block b : blocks) {
      if (java.util.Objects.equals(b.label(), label)) {
        n++;
      }
    }
    return n;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castBody(Object body) {
    return (Map<String, Object>) body;
  }

  /** Returns whether hcl4j's value is a block body (a map) or several bodies (a list of maps). */
  private static boolean isBlock(Object value) {
    if (value instanceof Map) {
      return true;
    }
    if (value instanceof Collection && !((Collection<?>) value).isEmpty()) {
      return ((Collection<?>) value).stream().allMatch(v -> v instanceof Map);
    }
    return false;
  }
}

"""What the two logistic-regression components (LinearIntentClassifier,
RedFlagSuspicion) share: the features they read from a message, and how their
scikit-learn models are kept in the Rasa model (skops, as Rasa's own
LogisticRegressionClassifier keeps its own)."""
from __future__ import annotations

from typing import Any, Optional

from scipy.sparse import csr_matrix, hstack
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message


# Where a message being parsed keeps its features by ``dense_scale`` (not in the parse output):
# the three classifiers read the same ones, and combining the featurizers' sparse features is
# most of the cost (about 1.3 ms a call).
KEPT_FEATURES = "sentence_features_by_scale"


def sentence_features(message: Message, dense_scale: float = 1.0, keep: bool = False) -> Optional[csr_matrix]:
    """The message's sentence-level sparse features and its dense ones times
    ``dense_scale``, side by side; None unless the featurizers gave it both.
    ``keep``: reuse and keep them on the message (when parsing; training data is left as it is)."""
    kept = message.data.setdefault(KEPT_FEATURES, {}) if keep else {}
    if dense_scale in kept:
        return kept[dense_scale]
    if "parts" not in kept:
        sparse = message.get_sparse_features(attribute=TEXT)[1]
        dense = message.get_dense_features(attribute=TEXT)[1]
        if sparse is None or dense is None:
            return None
        kept["parts"] = (csr_matrix(sparse.features), dense.features)
    sparse, dense = kept["parts"]
    kept[dense_scale] = hstack([sparse, csr_matrix(dense * dense_scale)]).tocsr()
    return kept[dense_scale]


def save(model_storage: ModelStorage, resource: Resource, file_name: str, models: Any) -> None:
    import skops.io as sio

    with model_storage.write_to(resource) as model_dir:
        sio.dump(models, model_dir / file_name)


def load(model_storage: ModelStorage, resource: Resource, file_name: str) -> Any:
    """What ``save`` wrote; refuses a file that holds any other type (skops' trust check)."""
    import skops.io as sio

    with model_storage.read_from(resource) as model_dir:
        path = model_dir / file_name
        untrusted = sio.get_untrusted_types(file=path)
        if untrusted:
            raise ValueError(f"{path}: unexpected types {untrusted}")
        return sio.load(path, trusted=True)

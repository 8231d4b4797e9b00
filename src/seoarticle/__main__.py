from .cli import main

if __name__ == "__main__":  # not when a batch's worker process is spawned with this as its main module
    main()
